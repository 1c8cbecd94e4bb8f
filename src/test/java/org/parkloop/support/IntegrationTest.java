package org.parkloop.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The whole application on its own embedded PostgreSQL, without demo data: the eleven Wenzhou parks and the Wenzhou
 * goal set only. Test classes extending this share one application context, so they must not depend on each other's
 * writes (each uses its own parks and enterprises).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parkloop.demo=false", "parkloop.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
				"parkloop.metrics-token=" + IntegrationTest.METRICS_TOKEN,
				"parkloop.transformation.go-live=2020-01-01",
				// requests may stand for clients behind a proxy on this machine (X-Forwarded-For), as in production
				"parkloop.trusted-proxies=127.0.0.1,::1" })
@ContextConfiguration(initializers = FreshDataDirectory.class)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

	public static final String ADMIN_PASSWORD = "Test-city-pw-2026";

	public static final String METRICS_TOKEN = "test-metrics-token-0123456789";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	private UserDetailsService accounts;

	/** HTTP Basic as the administrator (who also holds CITY). */
	protected static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	/** A signed-in session of a stored user, with its real roles and scopes. */
	protected RequestPostProcessor signedIn(String username) {
		return user(accounts.loadUserByUsername(username));
	}
}
