package org.parkloop.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed ({@code kill -9}) the embedded server's postmaster keeps running, orphaned, and holds
 * {@code postmaster.pid} in the data directory, so a new start fails. This stops such an orphan (fast shutdown,
 * which rolls back open transactions and loses nothing committed) or removes a pid file no live server owns.
 */
public final class StaleServer {

	private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

	private StaleServer() {
	}

	static void stopIfRunning(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> server = pidOf(pidFile).filter(StaleServer::running).flatMap(ProcessHandle::of)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (server.isPresent()) {
			ProcessHandle p = server.get();
			log.warn("An earlier embedded PostgreSQL server (pid {}) is still running on {}: stopping it", p.pid(), dataDir);
			signal(p, "-INT");
			if (!waitFor(p, Duration.ofSeconds(30))) {
				p.destroyForcibly();
				waitFor(p, Duration.ofSeconds(10));
			}
		}
		if (Files.deleteIfExists(pidFile)) {
			log.warn("Removed the stale lock file {}", pidFile);
		}
	}

	private static Optional<Long> pidOf(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static void signal(ProcessHandle p, String signal) {
		try {
			new ProcessBuilder("kill", signal, Long.toString(p.pid())).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
		}
		catch (IOException e) {
			p.destroy();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until the process is gone (an exited process that nobody reaped, a zombie, counts as gone). */
	static boolean waitFor(ProcessHandle p, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (running(p.pid())) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** Alive and not a zombie, read from /proc where there is one. */
	public static boolean running(long pid) {
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		if (handle.isEmpty() || !handle.get().isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			int close = stat.lastIndexOf(')');
			return close < 0 || stat.length() < close + 3 || stat.charAt(close + 2) != 'Z';
		}
		catch (IOException e) {
			return handle.get().isAlive();
		}
	}
}
