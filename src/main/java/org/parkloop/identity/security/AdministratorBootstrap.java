package org.parkloop.identity.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.parkloop.identity.account.PasswordPolicy;
import org.parkloop.identity.account.UserAccounts;
import org.parkloop.platform.Audit;
import org.parkloop.platform.DemoMode;
import org.parkloop.platform.ParkLoopProperties;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the administrator {@code admin}, who holds ADMIN and CITY so that a fresh installation can be set up. Its
 * password is {@code PARKLOOP_ADMIN_PASSWORD}; setting it again later resets it. Outside a demo the application
 * refuses to start without one (no default password in production); in a demo a random one is generated at first
 * start and printed once.
 */
@Component
@Order(0)
class AdministratorBootstrap implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
	static final String ADMIN = "admin";
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final ParkLoopProperties properties;
	private final DemoMode demo;
	private final TransactionTemplate tx;
	private final Audit audit;

	AdministratorBootstrap(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy,
			ParkLoopProperties properties, DemoMode demo, TransactionTemplate tx, Audit audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.properties = properties;
		this.demo = demo;
		this.tx = tx;
	}

	/** Runs while the context starts, so that a refusal stops the application before it serves anything. */
	@Override
	public void afterPropertiesSet() {
		String configured = properties.admin().password();
		if (configured == null || configured.isBlank()) {
			if (!demo.isOn()) {
				throw new IllegalStateException("""
						ParkLoop refuses to start without an administrator password outside a demo (parkloop.demo=false).
						Set PARKLOOP_ADMIN_PASSWORD (at least 10 characters, not a common password).""");
			}
			if (!accounts.exists(ADMIN)) {
				String generated = generate();
				tx.executeWithoutResult(s -> save(generated));
				log.warn("""

						========================================================================
						  ParkLoop administrator created.  user: admin   password: {}
						  This is shown once. Set PARKLOOP_ADMIN_PASSWORD to choose another.
						========================================================================""", generated);
			}
			return;
		}
		List<FieldProblem> problems = policy.check(configured, ADMIN, "password");
		if (!problems.isEmpty()) {
			throw new IllegalStateException("PARKLOOP_ADMIN_PASSWORD is not acceptable: it must have at least 10 "
					+ "characters, not be a common password and not contain the user name (" + problems.get(0).messageKey() + ")");
		}
		tx.executeWithoutResult(s -> save(configured));
	}

	private void save(String password) {
		if (accounts.exists(ADMIN)) {
			if (!encoder.matches(password, accounts.passwordHash(ADMIN))) {
				accounts.setPassword(ADMIN, encoder.encode(password));
				audit.recordAs("system", "CHANGE_PASSWORD", "user", ADMIN, "PARKLOOP_ADMIN_PASSWORD");
			}
		}
		else {
			accounts.create(ADMIN, "系统管理员", encoder.encode(password),
					Set.of(new Grant(Role.ADMIN, null), new Grant(Role.CITY, null)));
			audit.recordAs("system", "CREATE", "user", ADMIN, "grants=[ADMIN, CITY]");
		}
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
