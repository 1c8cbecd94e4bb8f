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
import org.parkloop.support.FreshDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the embedded database, taken while the application runs, restored: what changed after the backup is
 * gone, everything else is there, and the data that was replaced is kept aside.
 */
class BackupRestoreTest {

	private static final String PASSWORD = "Backup-test-pw-1";

	private static final String AUTH = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRestoredBackupHasEverythingButTheChangesMadeAfterIt() throws Exception {
		Path dir = FreshDataDirectory.create();
		String backup;
		try (ConfigurableApplicationContext app = start(dir)) {
			assertThat(createPark(app, "before-backup").statusCode()).isEqualTo(201);
			HttpResponse<String> made = send(app, "POST", "/api/v1/admin/backups");
			assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
			backup = made.body().replaceAll(".*\"path\":\"([^\"]+)\".*", "$1");
			assertThat(Path.of(backup).resolve("postgres").resolve("PG_VERSION")).exists();
			assertThat(Path.of(backup).resolve("postgres").resolve("postmaster.pid")).doesNotExist();
			// the database is back at once: the change after the backup is stored
			assertThat(createPark(app, "after-backup").statusCode()).isEqualTo(201);
			assertThat(send(app, "GET", "/api/v1/admin/backups").body()).contains(backup);
		}

		try (ConfigurableApplicationContext app = start(dir, "--parkloop.restore-from=" + backup)) {
			assertThat(send(app, "GET", "/api/v1/parks/before-backup").statusCode()).isEqualTo(200);
			assertThat(send(app, "GET", "/api/v1/parks/after-backup").statusCode()).isEqualTo(404);
			assertThat(send(app, "GET", "/api/v1/parks").body()).contains("wz-etdz", "zj-ouhai-eda");
			assertThat(createPark(app, "after-restore").statusCode()).isEqualTo(201);
		}
		try (var replaced = Files.list(dir)) {
			assertThat(replaced.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("postgres.replaced-"));
		}

		// starting again with the setting left in place does not restore twice
		try (ConfigurableApplicationContext app = start(dir, "--parkloop.restore-from=" + backup)) {
			assertThat(send(app, "GET", "/api/v1/parks/after-restore").statusCode()).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext start(Path dir, String... more) {
		String[] args = { "--server.port=0", "--parkloop.data-dir=" + dir, "--parkloop.admin.password=" + PASSWORD,
				"--parkloop.demo=false" };
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ParkLoopApplication.class).run(all);
	}

	private HttpResponse<String> createPark(ConfigurableApplicationContext app, String code) throws Exception {
		return http.send(request(app, "/api/v1/parks").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"code":"%s","nameZh":"备份测试园区 %s","level":"PROVINCIAL","administeredBy":"苍南县"}"""
				.formatted(code, code)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path) throws Exception {
		return http.send(request(app, path).method(method, HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext app, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path))
			.header("Authorization", AUTH);
	}
}
