package org.parkloop.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's embedded PostgreSQL server on its data directory. A backup stops it, copies the directory and starts
 * it again on the same port ({@link #stoppedFor}); the application's connection pool waits meanwhile.
 */
public final class EmbeddedServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	/** The files of a running server that are not part of its data. */
	static final java.util.Set<String> RUNTIME_FILES = java.util.Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	private final Path dir;
	private final int port;
	private EmbeddedPostgres postgres;

	private EmbeddedServer(Path dir, EmbeddedPostgres postgres) {
		this.dir = dir;
		this.postgres = postgres;
		this.port = postgres.getPort();
	}

	static EmbeddedServer start(Path dir) throws IOException {
		Files.createDirectories(dir.getParent());
		StaleServer.stopIfRunning(dir);
		log.info("Starting the embedded PostgreSQL server with its data in {}", dir);
		return new EmbeddedServer(dir, builder(dir).start());
	}

	private static EmbeddedPostgres.Builder builder(Path dir) {
		// stopped when the application context closes (after the connection pool and everything using it), not by a JVM
		// shutdown hook of its own, which would stop it while the context is still closing (its last writes would then
		// wait for the pool's connection timeout); a server left running by a killed JVM is stopped at the next start
		return EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50");
	}

	Path dataDirectory() {
		return dir;
	}

	String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	javax.sql.DataSource admin() {
		return postgres.getPostgresDatabase();
	}

	/** Stops the server (a fast shutdown: every committed change is on disk), does the work, starts it again. */
	synchronized void stoppedFor(CopyWork work) throws IOException {
		postgres.close();
		try {
			work.run(dir);
		}
		finally {
			postgres = builder(dir).setPort(port).start();
		}
	}

	@FunctionalInterface
	interface CopyWork {
		void run(Path dataDirectory) throws IOException;
	}

	@Override
	public synchronized void close() throws IOException {
		postgres.close();
	}
}
