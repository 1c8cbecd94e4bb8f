package org.parkloop.platform;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.parkloop.ParkLoopApplication;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.FreshDataDirectory;
import org.parkloop.support.Xlsx;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the application in the middle of an Excel import and of a large reconciliation: the next start
 * is clean (the orphaned database server is stopped, the open transaction was never committed) and nothing of the
 * import is stored.
 */
class KilledMidWorkTest {

	private static final String PASSWORD = "Killed-test-pw-1";

	private static final String AUTH = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void killedDuringAnImportAndAReconciliationTheAppStartsCleanWithNothingPartial() throws Exception {
		Path dir = FreshDataDirectory.create();
		int port = freePort();
		Process app = launch(dir, port);
		try {
			String base = "http://localhost:" + port;
			int before = enterprises(base);

			// a 40,000-row Excel import: killed once its transaction is writing
			CompletableFuture<HttpResponse<String>> upload = http.sendAsync(importRequest(base, 40_000),
					HttpResponse.BodyHandlers.ofString());
			int dbPort = databasePort(dir);
			waitForWritingTransaction(dbPort);
			app.destroyForcibly().waitFor();
			assertThat(upload.handle((r, e) -> e != null ? -1 : r.statusCode()).get()).isEqualTo(-1);

			try (ConfigurableApplicationContext again = start(dir)) {
				String next = "http://localhost:" + again.getEnvironment().getProperty("local.server.port");
				assertThat(get(next + "/actuator/health").statusCode()).isEqualTo(200);
				assertThat(enterprises(next)).as("nothing of the killed import is stored").isEqualTo(before);
			}

			// a large reconciliation (nothing is stored by it): killed while it computes, the next start is clean
			app = launch(dir, port);
			http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/mfa/reconcile")).header("Authorization", AUTH)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(chain(60_000))).build(),
					HttpResponse.BodyHandlers.discarding());
			Thread.sleep(700);
			app.destroyForcibly().waitFor();
			try (ConfigurableApplicationContext again = start(dir)) {
				String next = "http://localhost:" + again.getEnvironment().getProperty("local.server.port");
				assertThat(get(next + "/actuator/health").statusCode()).isEqualTo(200);
				assertThat(enterprises(next)).isEqualTo(before);
			}
		}
		finally {
			app.destroyForcibly().waitFor();
		}
	}

	private static Process launch(Path dir, int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ParkLoopApplication.class.getName(),
				"--server.port=" + port, "--parkloop.data-dir=" + dir, "--parkloop.admin.password=" + PASSWORD,
				"--parkloop.demo=false")
			.redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile()).start();
		HttpClient probe = HttpClient.newHttpClient();
		for (int i = 0; i < 240; i++) {
			try {
				if (probe.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return p;
				}
			}
			catch (java.io.IOException e) {
				// not up yet
			}
			assertThat(p.isAlive()).as("the application started (see " + dir.resolve("app.log") + ")").isTrue();
			Thread.sleep(250);
		}
		throw new AssertionError("the application did not start within a minute");
	}

	private static ConfigurableApplicationContext start(Path dir) {
		return new SpringApplicationBuilder(ParkLoopApplication.class).run("--server.port=0", "--parkloop.data-dir=" + dir,
				"--parkloop.admin.password=" + PASSWORD, "--parkloop.demo=false");
	}

	private static int freePort() throws Exception {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static int databasePort(Path dir) throws Exception {
		return Integer.parseInt(java.nio.file.Files.readAllLines(dir.resolve("postgres").resolve("postmaster.pid")).get(3).trim());
	}

	/** Polls the (surviving) database until a transaction is inserting enterprises. */
	private static void waitForWritingTransaction(int dbPort) throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/parkloop", "postgres", "")) {
			for (int i = 0; i < 1200; i++) {
				try (ResultSet rs = c.createStatement().executeQuery("""
						select count(*) from pg_stat_activity where datname = 'parkloop' and pid <> pg_backend_pid()
						  and backend_xid is not null and query ilike '%insert into enterprise%'""")) {
					rs.next();
					if (rs.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(25);
			}
		}
		throw new AssertionError("the import never started writing");
	}

	private HttpRequest importRequest(String base, int rows) throws Exception {
		List<List<Object>> sheet = new ArrayList<>();
		sheet.add(List.of("统一社会信用代码", "企业名称", "园区编码", "行业代码", "企业规模"));
		for (int i = 0; i < rows; i++) {
			String first16 = "91330303MA" + String.format("%06d", i);
			sheet.add(List.of(CreditCode.complete(first16), "导入测试企业" + i, "wz-etdz", "34", "小型"));
		}
		String boundary = "----parkloop" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"enterprises.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(Xlsx.of(sheet));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/enterprises/import")).header("Authorization", AUTH)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
	}

	/** A chain of processes, each flow measured: a large reconciliation. */
	private static String chain(int processes) {
		StringBuilder b = new StringBuilder("{\"processes\":[");
		for (int i = 0; i < processes; i++) {
			b.append(i == 0 ? "" : ",").append("{\"id\":\"P").append(i).append("\"}");
		}
		b.append("],\"flows\":[");
		for (int i = 0; i <= processes; i++) {
			b.append(i == 0 ? "" : ",").append("{\"id\":\"F").append(i).append("\",\"from\":")
				.append(i == 0 ? "null" : "\"P" + (i - 1) + "\"").append(",\"to\":")
				.append(i == processes ? "null" : "\"P" + i + "\"").append(",\"value\":").append(100 + (i % 7))
				.append(",\"relativeSigma\":0.05}");
		}
		return b.append("]}").toString();
	}

	private int enterprises(String base) throws Exception {
		return Integer.parseInt(get(base + "/api/v1/enterprises").headers().firstValue("X-Total-Count").orElseThrow());
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
