package org.parkloop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own: a new embedded-database directory under target/ (the
 * default), or, when {@code parkloop.test.server} names a PostgreSQL server ({@code jdbc:postgresql://host:port/},
 * with {@code parkloop.test.server.user} and {@code .password}), a new empty database on that server, as production
 * runs. {@code .ci/run} runs the database tests both ways.
 */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String SERVER = "parkloop.test.server";

	private static final AtomicInteger databases = new AtomicInteger();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>(Map.of("parkloop.data-dir", create().toString()));
		String server = System.getProperty(SERVER, "");
		if (!server.isBlank()) {
			String user = System.getProperty(SERVER + ".user", "postgres");
			String password = System.getProperty(SERVER + ".password", "");
			String database = newDatabase(server, user, password);
			properties.put("spring.datasource.url", server + database);
			// dropped when the context has closed everything else (the pool, the event registry's last writes): the first
			// disposable registered is the last destroyed. Dropped earlier (at ContextClosedEvent), each context's last
			// writes waited out the pool's connection timeout and Surefire killed the fork 30 s after exit.
			((org.springframework.beans.factory.support.DefaultSingletonBeanRegistry) context.getBeanFactory())
				.registerDisposableBean("parkloopTestDatabase", () -> dropDatabase(server, user, password, database));
			properties.put("spring.datasource.username", user);
			properties.put("spring.datasource.password", password);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-database", properties));
	}

	private static String newDatabase(String server, String user, String password) {
		String name = "parkloop_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
		execute(server, user, password, "drop database if exists " + name,
				"create database " + name + " encoding 'UTF8' template template0");
		return name;
	}

	/** When its context has closed (connections still held are ended with it). */
	private static void dropDatabase(String server, String user, String password, String name) {
		execute(server, user, password, "drop database if exists " + name + " with (force)");
	}

	private static void execute(String server, String user, String password, String... statements) {
		try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
				Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare a test database on " + server, e);
		}
	}

	public static Path create() {
		try {
			Path root = Files.createDirectories(Path.of("target", "test-data"));
			return Files.createTempDirectory(root.toAbsolutePath(), "db-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
