package org.parkloop.identity.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.parkloop.platform.Audit;
import org.parkloop.platform.DemoMode;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo users for every role, and for two parks, two counties and two enterprises so that scope can be seen. All have
 * the password {@value #PASSWORD}; they are listed in the README and exist only in a demo.
 */
@Component
@Order(40)
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "ParkLoop-Demo-2026";
	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final DemoMode demo;
	private final ParkCatalog parks;
	private final EnterpriseRegistry enterprises;
	private final Audit audit;

	DemoUsers(UserAccounts accounts, PasswordEncoder encoder, DemoMode demo, ParkCatalog parks,
			EnterpriseRegistry enterprises, Audit audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.encoder = encoder;
		this.demo = demo;
		this.parks = parks;
		this.enterprises = enterprises;
	}

	/** The credit code DemoEnterprises gives its n-th enterprise. */
	static String demoEnterprise(String division, int n) {
		return CreditCode.demo(division, n);
	}

	static Map<String, Grant> users() {
		Map<String, Grant> users = new LinkedHashMap<>();
		users.put("demo-admin", new Grant(Role.ADMIN, null));
		users.put("city", new Grant(Role.CITY, null));
		users.put("county-ouhai", new Grant(Role.COUNTY, "瓯海区"));
		users.put("county-yueqing", new Grant(Role.COUNTY, "乐清市"));
		users.put("park-etdz", new Grant(Role.PARK, "wz-etdz"));
		users.put("park-ouhai", new Grant(Role.PARK, "zj-ouhai-eda"));
		users.put("enterprise-etdz", new Grant(Role.ENTERPRISE, demoEnterprise("330303", 1)));
		users.put("enterprise-ouhai", new Grant(Role.ENTERPRISE, demoEnterprise("330304", 8)));
		users.put("consultant", new Grant(Role.CONSULTANT, "wz-etdz"));
		users.put("expert", new Grant(Role.EXPERT, null));
		return users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || accounts.exists("city") || parks.find("wz-etdz").isEmpty()
				|| !enterprises.exists(demoEnterprise("330303", 1))) {
			return;
		}
		String hash = encoder.encode(PASSWORD);
		users().forEach((name, grant) -> {
			accounts.create(name, "示例：" + name, hash, Set.of(grant));
			audit.recordAs("system", "CREATE", "user", name, "grants=[" + grant + "]");
		});
		log.info("Created the demo users {} (password {})", users().keySet(), PASSWORD);
	}
}
