package org.parkloop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context its own new embedded-database directory under target/. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources()
			.addFirst(new MapPropertySource("fresh-data-dir", Map.of("parkloop.data-dir", create().toString())));
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
