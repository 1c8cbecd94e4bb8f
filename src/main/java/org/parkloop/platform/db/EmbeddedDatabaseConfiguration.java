package org.parkloop.platform.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.parkloop.platform.EmbeddedDatabaseCondition;
import org.parkloop.platform.ParkLoopProperties;
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

	static final String DATABASE = "parkloop";

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(ParkLoopProperties properties) throws IOException {
		Path dir = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
		Restore.ifAsked(properties.restoreFrom(), dir);
		return EmbeddedServer.start(dir);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedServer postgres,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) throws SQLException {
		createDatabaseIfMissing(postgres.admin());
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.jdbcUrl(DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("parkloop-embedded");
		config.setConnectionTimeout(connectionTimeout);
		config.setAllowPoolSuspension(true); // a backup holds new requests while it copies the data directory
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
