package org.parkloop.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.parkloop.platform.EmbeddedDatabaseCondition;
import org.parkloop.platform.ParkLoopProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL server started in-process, its data kept under {@code parkloop.data-dir}
 * so that it survives restarts. Used when no {@code spring.datasource.url} is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "parkloop";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ParkLoopProperties properties) throws IOException {
		Path dir = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(dir.getParent());
		StaleServer.stopIfRunning(dir);
		log.info("Starting the embedded PostgreSQL server with its data in {}", dir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50")
			.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) throws SQLException {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("parkloop-embedded");
		config.setConnectionTimeout(connectionTimeout);
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
		try (Connection c = admin.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
			if (!rs.next()) {
				s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
	}
}
