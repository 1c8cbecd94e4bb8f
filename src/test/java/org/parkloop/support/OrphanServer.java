package org.parkloop.support;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL server on a data directory and waits to be killed: with {@code kill -9} its server
 * is left running, orphaned, as after the application itself was killed.
 */
public final class OrphanServer {

	private OrphanServer() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
			.setRegisterShutdownHook(false).start();
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

	/** Runs {@link #main} in a new JVM, waits until its server is up, then kills that JVM with SIGKILL. */
	public static void startAndKill(Path dataDir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OrphanServer.class.getName(),
				dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null && !line.contains("READY")) {
				// wait for the server
			}
		}
		jvm.destroyForcibly().waitFor();
	}
}
