package org.parkloop.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.ParkLoopProperties;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups of the embedded database, made by ADMIN: new requests wait at the connection pool, the requests under way
 * finish, the server stops (a fast shutdown, everything committed is on disk), its data directory is copied to
 * {@code <data-dir>/backups/parkloop-<time>/postgres}, and the server starts again on the same port. Everything the
 * platform stores is in that database (uploaded documents included), so the copy is the whole platform. Restored with
 * {@code --parkloop.restore-from} ({@link Restore}). With an external server, backups are the server's business
 * ({@code pg_dump}, README "Backup and restore").
 */
@Component
public class Backups {

	/** A backup: its folder's name and path, when it was made, its size. */
	public record Backup(String name, String path, Instant createdAt, long bytes) {
	}

	private final ObjectProvider<EmbeddedServer> server;
	private final DataSource dataSource;
	private final Path folder;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;
	private final TransactionTemplate tx;

	Backups(ObjectProvider<EmbeddedServer> server, DataSource dataSource, ParkLoopProperties properties,
			CurrentCaller callers, Audit audit, Clock clock, TransactionTemplate tx) {
		this.tx = tx;
		this.server = server;
		this.dataSource = dataSource;
		this.folder = properties.dataDir().toAbsolutePath().normalize().resolve("backups");
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Makes a backup now (never inside a transaction: the database stops while it copies). */
	public Backup create() throws IOException {
		requireAdmin();
		EmbeddedServer embedded = server.getIfAvailable();
		if (embedded == null || !(dataSource instanceof HikariDataSource pool)) {
			throw new Refused("backup.externalServer", null);
		}
		String name = "parkloop-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
		Path target = folder.resolve(name);
		HikariPoolMXBean connections = pool.getHikariPoolMXBean();
		connections.suspendPool();
		try {
			long until = System.nanoTime() + 30_000_000_000L;
			while (connections.getActiveConnections() > 0) {
				if (System.nanoTime() > until) {
					throw new Refused("backup.busy", null);
				}
				Thread.sleep(20);
			}
			connections.softEvictConnections();
			embedded.stoppedFor(dir -> copy(dir, target.resolve("postgres")));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to back up", e);
		}
		finally {
			connections.resumePool();
		}
		tx.executeWithoutResult(t -> audit.record("BACKUP", "database", name, target.toString()));
		return describe(target);
	}

	public List<Backup> list() {
		requireAdmin();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(folder)) {
			return folders.filter(f -> Files.isDirectory(f.resolve("postgres"))).map(Backups::describe)
				.sorted(Comparator.comparing(Backup::name).reversed()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void requireAdmin() {
		if (!callers.get().has(Role.ADMIN)) {
			throw new Forbidden("access.backups");
		}
	}

	private static Backup describe(Path backup) {
		try (Stream<Path> files = Files.walk(backup)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
			return new Backup(backup.getFileName().toString(), backup.toString(),
					Files.getLastModifiedTime(backup).toInstant(), bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Copies a server's data directory, without the files that belong to a running server, keeping each file's and
	 * folder's permissions (PostgreSQL refuses a data directory others may read).
	 */
	static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : files.toList()) {
				Path relative = from.relativize(f);
				if (relative.getNameCount() == 1 && EmbeddedServer.RUNTIME_FILES.contains(relative.toString())) {
					continue;
				}
				Files.copy(f, to.resolve(relative.toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}
}
