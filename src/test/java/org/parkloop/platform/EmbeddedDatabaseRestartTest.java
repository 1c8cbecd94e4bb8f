package org.parkloop.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.parkloop.ParkLoopApplication;
import org.parkloop.platform.db.StaleServer;
import org.parkloop.support.FreshDataDirectory;
import org.parkloop.support.ServerProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data under {@code parkloop.data-dir} across restarts, and starts again after the
 * application was killed and left its server running (or left a stale lock file).
 */
class EmbeddedDatabaseRestartTest {

	private static final String PASSWORD = "Restart-test-pw-1";

	private final HttpClient http = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(ParkLoopApplication.class).run("--server.port=0",
				"--parkloop.data-dir=" + dataDir, "--parkloop.admin.password=" + PASSWORD, "--parkloop.demo=true");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base(app) + path)).header("Authorization", AUTH));
	}

	private static final String AUTH = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	@Test
	void dataSurvivesARestartAndAnOrphanedServerOrStaleLockIsHandled() throws Exception {
		Path dir = FreshDataDirectory.create();
		String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

		try (ConfigurableApplicationContext app = start(dir)) {
			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base(app) + "/api/v1/parks"))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"code":"restart-park","nameZh":"重启测试园区","level":"PROVINCIAL","administeredBy":"苍南县"}""")));
			assertThat(created.statusCode()).isEqualTo(201);
			assertThat(get(app, "/api/v1/enterprises").body()).contains("示例");
		}
		assertThat(dir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();

		// kill -9 of the application leaves its PostgreSQL server running, holding the data directory
		ServerProcess.startAndKill(dir.resolve("postgres"));
		Path pidFile = dir.resolve("postgres").resolve("postmaster.pid");
		long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		assertThat(StaleServer.running(orphan)).isTrue();
		try (ConfigurableApplicationContext app = start(dir)) {
			assertThat(StaleServer.running(orphan)).isFalse();
			assertThat(get(app, "/api/v1/parks/restart-park").statusCode()).isEqualTo(200);
			assertThat(get(app, "/api/v1/parks").body()).contains("wz-etdz");
			// demo data is loaded once, not again on each start
			assertThat(get(app, "/api/v1/enterprises").headers().firstValue("X-Total-Count")).contains("16");
		}

		// a lock file left behind by a server that no longer runs
		Files.writeString(dir.resolve("postgres").resolve("postmaster.pid"), "999999\n" + dir + "\n0\n5432\n");
		try (ConfigurableApplicationContext app = start(dir)) {
			assertThat(get(app, "/api/v1/parks/restart-park").statusCode()).isEqualTo(200);
		}
	}
}
