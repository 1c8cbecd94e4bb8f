package org.parkloop.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server in a JVM of its own, on a data directory: a database the application under test can
 * lose and get back. {@link #stop()} shuts it down cleanly (the JVM's shutdown hook stops the server);
 * {@link #startAndKill} kills the JVM with {@code kill -9}, which leaves its server running, orphaned, as after the
 * application itself was killed.
 */
public final class ServerProcess {

	private final Process jvm;

	/** The port the server listens on. */
	public final int port;

	private ServerProcess(Process jvm, int port) {
		this.jvm = jvm;
		this.port = port;
	}

	/** In the server's JVM: {@code dataDir [port [hook]]}. */
	public static void main(String[] args) throws Exception {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false).setRegisterShutdownHook(args.length > 2);
		if (args.length > 1 && !"0".equals(args[1])) {
			builder.setPort(Integer.parseInt(args[1]));
		}
		EmbeddedPostgres server = builder.start();
		System.out.println("READY " + server.getPort());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

	/** Starts a server on {@code dataDir} (on {@code port}, or any free one when 0) and waits until it is up. */
	public static ServerProcess start(Path dataDir, int port) throws IOException {
		return launch(dataDir.toString(), Integer.toString(port), "hook");
	}

	/** Stops the server cleanly and waits until it is gone. */
	public void stop() throws InterruptedException {
		jvm.destroy();
		jvm.waitFor();
	}

	/** Starts a server on {@code dataDir}, waits until it is up, then kills its JVM with SIGKILL. */
	public static void startAndKill(Path dataDir) throws Exception {
		launch(dataDir.toString()).jvm.destroyForcibly().waitFor();
	}

	private static ServerProcess launch(String... args) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName()));
		command.addAll(List.of(args));
		Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
		String line;
		while ((line = out.readLine()) != null && !line.startsWith("READY")) {
			// wait for the server
		}
		if (line == null) {
			throw new IOException("The embedded PostgreSQL server did not start on " + args[0]);
		}
		Thread drain = new Thread(() -> {
			try {
				out.transferTo(Writer.nullWriter());
			}
			catch (IOException e) {
				// the JVM ended
			}
		});
		drain.setDaemon(true);
		drain.start();
		return new ServerProcess(jvm, Integer.parseInt(line.substring(6).trim()));
	}
}
