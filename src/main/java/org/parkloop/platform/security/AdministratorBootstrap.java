package org.parkloop.platform.security;

import java.security.SecureRandom;

import org.parkloop.platform.ParkLoopProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the administrator {@code admin}. Its password is {@code PARKLOOP_ADMIN_PASSWORD} when set (setting it again
 * later resets it); otherwise a random one is generated at first start and printed once in the log.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
	static final String ADMIN = "admin";
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final ParkLoopProperties properties;

	AdministratorBootstrap(JdbcClient jdbc, PasswordEncoder encoder, ParkLoopProperties properties) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String configured = properties.admin().password();
		boolean exists = jdbc.sql("select count(*) from app_user where username = ?").param(ADMIN).query(Integer.class).single() > 0;
		if (configured != null && !configured.isBlank()) {
			upsert(configured);
		}
		else if (!exists) {
			String generated = generate();
			upsert(generated);
			log.warn("""

					========================================================================
					  ParkLoop administrator created.  user: admin   password: {}
					  This is shown once. Set PARKLOOP_ADMIN_PASSWORD to choose another.
					========================================================================""", generated);
		}
	}

	private void upsert(String password) {
		jdbc.sql("""
				insert into app_user (username, password_hash, enabled) values (?, ?, true)
				on conflict (username) do update set password_hash = excluded.password_hash""")
			.params(ADMIN, encoder.encode(password))
			.update();
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
