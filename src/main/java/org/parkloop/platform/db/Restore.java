package org.parkloop.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup of the embedded database before its server starts ({@code --parkloop.restore-from=DIR}, a folder
 * made by {@link Backups}): the current data directory is kept beside it as {@code postgres.replaced-<UTC time>}, never
 * deleted, and the backup's copy takes its place. A start with the same setting again does not restore again (the
 * restored directory remembers where it came from), so changes made since are not lost by a forgotten setting.
 */
final class Restore {

	private static final Logger log = LoggerFactory.getLogger(Restore.class);

	static final String MARK = "parkloop-restored-from";

	private Restore() {
	}

	static void ifAsked(Path backup, Path dataDir) throws IOException {
		if (backup == null) {
			return;
		}
		Path source = backup.toAbsolutePath().normalize();
		if (Files.isDirectory(source.resolve("postgres"))) {
			source = source.resolve("postgres");
		}
		if (!Files.isRegularFile(source.resolve("PG_VERSION"))) {
			throw new IllegalStateException("parkloop.restore-from: " + backup
					+ " is not a backup of the embedded database (no PG_VERSION in it or in its postgres folder)");
		}
		Path mark = dataDir.resolve(MARK);
		if (Files.isRegularFile(mark) && Files.readString(mark).strip().equals(source.toString())) {
			log.warn("parkloop.restore-from: {} was restored already; starting on the data as it is now", source);
			return;
		}
		StaleServer.stopIfRunning(dataDir);
		if (Files.exists(dataDir)) {
			Path aside = dataDir.resolveSibling("postgres.replaced-"
					+ DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()));
			Files.move(dataDir, aside);
			log.warn("Restoring {}: the current data directory is kept as {}", source, aside);
		}
		Backups.copy(source, dataDir);
		Files.writeString(mark, source.toString());
		log.warn("Restored the embedded database from {}", source);
	}
}
