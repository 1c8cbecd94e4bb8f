package org.parkloop.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkloop.ParkLoopApplication;
import org.parkloop.support.FreshDataDirectory;
import org.parkloop.support.ServerProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops while the application runs: requests answer 503 problem details within seconds (not 500, not
 * hanging), health says DOWN, and once the database is back the same application answers again, without a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

	private static final String PASSWORD = "Outage-test-pw-1";

	private static final String AUTH = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	/** A request that hangs longer than this fails the test: an outage must be answered, not waited out. */
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void requestsAnswer503WhileTheDatabaseIsDownAndSucceedOnceItIsBack(CapturedOutput output) throws Exception {
		Path dir = FreshDataDirectory.create().resolve("postgres");
		ServerProcess database = ServerProcess.start(dir, 0);
		int port = database.port;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ParkLoopApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"--spring.datasource.username=postgres", "--parkloop.admin.password=" + PASSWORD,
				"--spring.datasource.hikari.connection-timeout=2000")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			assertThat(get(base + "/api/v1/parks", true).statusCode()).isEqualTo(200);
			HttpResponse<String> unknown = get(base + "/api/v1/no-such-address", true); // answered by the error page
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.body()).contains("\"requestId\":\"" + unknown.headers().firstValue("X-Request-Id").orElseThrow());

			database.stop();

			HttpResponse<String> parks = get(base + "/api/v1/parks", true);
			assertThat(parks.statusCode()).isEqualTo(503);
			assertThat(parks.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
			assertThat(parks.headers().firstValue("Retry-After")).isPresent();
			assertThat(parks.body()).contains("数据库暂时无法连接");

			HttpResponse<String> evaluation = get(base + "/api/v1/programme/goal-sets/1/evaluation", false);
			assertThat(evaluation.statusCode()).isEqualTo(503);
			String requestId = evaluation.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(evaluation.body()).contains("\"requestId\":\"" + requestId + "\"");
			assertThat(output.getAll()).containsPattern("\\[" + requestId + "\\].*Database unavailable");

			assertThat(get(base + "/actuator/health", false).statusCode()).isEqualTo(503);
			assertThat(get(base + "/actuator/health/readiness", false).statusCode()).isEqualTo(503);
			assertThat(get(base + "/actuator/health/liveness", false).statusCode()).isEqualTo(200);

			// the database comes back on its port; the running application recovers by itself
			database = ServerProcess.start(dir, port);
			int status = 0;
			for (int i = 0; i < 30 && status != 200; i++) {
				status = get(base + "/api/v1/parks", true).statusCode();
				if (status != 200) {
					Thread.sleep(500);
				}
			}
			assertThat(status).isEqualTo(200);
			assertThat(get(base + "/api/v1/programme/goal-sets/1/evaluation", false).statusCode()).isEqualTo(200);
			assertThat(get(base + "/actuator/health", false).statusCode()).isEqualTo(200);
		}
		finally {
			database.stop();
		}
	}

	private HttpResponse<String> get(String url, boolean admin) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (admin) {
			request.header("Authorization", AUTH);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
