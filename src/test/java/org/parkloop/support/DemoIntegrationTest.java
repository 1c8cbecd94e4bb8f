package org.parkloop.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The whole application as a demo: the Wenzhou parks, the fictional enterprises, history and demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parkloop.demo=true", "parkloop.admin.password=" + DemoIntegrationTest.ADMIN_PASSWORD,
				// the access matrix sends the feedback form once per player from one address
				"parkloop.feedback.per-hour=1000" })
@ContextConfiguration(initializers = FreshDataDirectory.class)
public abstract class DemoIntegrationTest {

	public static final String ADMIN_PASSWORD = "Browser-test-pw-1";

	/** The password of every demo user. */
	public static final String DEMO_PASSWORD = "ParkLoop-Demo-2026";
}
