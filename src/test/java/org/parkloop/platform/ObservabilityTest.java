package org.parkloop.platform;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health for load balancers (public, nothing but UP or DOWN), metrics for ADMIN or the scraper's token, and a request
 * id in every answer and every problem detail.
 */
class ObservabilityTest extends IntegrationTest {

	@Test
	void healthIsPublicAndSaysNoMoreThanUpOrDown() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist())
				.andExpect(header().doesNotExist("Set-Cookie"));
		}
		// nothing else of the actuator is exposed, to anyone
		mvc.perform(get("/actuator/env").with(admin())).andExpect(status().is4xxClientError());
		mvc.perform(get("/actuator/beans").with(admin())).andExpect(status().is4xxClientError());
	}

	@Test
	void metricsAreForAdministratorsAndTheMetricsToken() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.requestId").isString());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"metrics-expert\",\"password\":\"Quiet-harbor-81\",\"grants\":[\"EXPERT\"]}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics-expert", "Quiet-harbor-81")))
			.andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/parks").with(admin())).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/plain")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("http_server_requests_seconds_count")));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("hikaricp_connections")));
	}

	@Test
	void everyAnswerAndProblemNamesItsRequest() throws Exception {
		mvc.perform(get("/api/v1/parks/no-such-park").with(admin()).header("X-Request-Id", "proxy-id-12345"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Request-Id", "proxy-id-12345"))
			.andExpect(jsonPath("$.requestId").value("proxy-id-12345"));
		// an id that is not a plain token is not echoed (no header injection): a new one is made
		mvc.perform(get("/api/v1/parks/no-such-park").with(admin()).header("X-Request-Id", "<script>"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.requestId").value(matchesPattern("[0-9a-f-]{36}")));
		mvc.perform(post("/api/v1/parks").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.requestId").isString());
		mvc.perform(get("/")).andExpect(header().exists("X-Request-Id"));
	}
}
