package org.parkloop.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkloop.ParkLoopApplication;
import org.parkloop.exchange.DealCompleted;
import org.parkloop.support.FreshDataDirectory;
import org.parkloop.support.ServerProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes behind one database: a session made on one is valid on the other, a scheduled job's run
 * happens on one node only, an event handled on both nodes is recorded once, and an event a crash left unhandled
 * is handled by the other node.
 */
class TwoNodesTest {

	private static final String PASSWORD = "Two-nodes-pw-2026";

	private static ServerProcess database;
	private static ConfigurableApplicationContext a;
	private static ConfigurableApplicationContext b;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		Path dir = FreshDataDirectory.create().resolve("postgres");
		database = ServerProcess.start(dir, 0);
		a = node();
		b = node();
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ParkLoopApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + database.port + "/postgres",
				"--spring.datasource.username=postgres", "--parkloop.admin.password=" + PASSWORD);
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { a, b }) {
			if (node != null) {
				node.close();
			}
		}
		if (database != null) {
			database.stop();
		}
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
	}

	@Test
	void aSessionMadeOnOneNodeIsValidOnTheOther() throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base(a) + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base(a) + "/login"))
			.header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + URLEncoder.encode(PASSWORD,
					StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
		String session = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

		for (ConfigurableApplicationContext node : List.of(a, b)) {
			HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base(node) + "/home"))
				.header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).as("signed in on " + base(node)).isEqualTo(200);
			assertThat(home.body()).contains("admin");
		}
		HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create(base(b) + "/home")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(302);
	}

	@Test
	void aScheduledJobRunsOnOneNodeOnly() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch together = new CountDownLatch(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Boolean>> triggers = List.of(a, b).stream().map(node -> (Callable<Boolean>) () -> {
				together.countDown();
				together.await();
				return node.getBean(Jobs.class).once("two-nodes-test", "2026-11-30", () -> {
					runs.incrementAndGet();
					sleep(300); // the other node's trigger arrives while this one works
				});
			}).toList();
			List<Boolean> ran = pool.invokeAll(triggers).stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			assertThat(ran).containsExactlyInAnyOrder(true, false);
		}
		finally {
			pool.shutdown();
		}
		assertThat(runs).hasValue(1);
		// the next day's run is a new run
		assertThat(b.getBean(Jobs.class).once("two-nodes-test", "2026-12-01", runs::incrementAndGet)).isTrue();
		assertThat(a.getBean(Jobs.class).once("two-nodes-test", "2026-12-01", runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(2);
	}

	@Test
	void anEventHandledOnBothNodesIsRecordedOnceAndOneACrashLeftIsHandledByTheOtherNode() {
		DealCompleted deal = new DealCompleted(9_999, new DealCompleted.Party(org.parkloop.shared.CreditCode.demo("330303", 1), "示例甲", "wz-etdz"),
				new DealCompleted.Party(org.parkloop.shared.CreditCode.demo("330303", 2), "示例乙", "wz-etdz"), "SW02", "粉煤灰", org.parkloop.shared.Unit.TONNE, false,
				List.of(new DealCompleted.Delivery(LocalDate.of(2026, 3, 1), org.parkloop.shared.Quantity.of("40", "t")),
						new DealCompleted.Delivery(LocalDate.of(2026, 4, 1), org.parkloop.shared.Quantity.of("60000", "kg"))),
				Instant.parse("2026-04-02T00:00:00Z"));
		publishInATransaction(a, deal);
		publishInATransaction(b, deal); // delivered again (a retry, another node): the listener is idempotent
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from mfa_exchange_delivery where deal_id = 9999").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select quantity from mfa_exchange_delivery where deal_id = 9999").query(Double.class).single())
			.isEqualTo(100.0);
		// both publications (to the material flows' listener here) were stored with their commit and completed by the
		// handling
		assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%DealCompleted' "
				+ "and listener_id like 'org.parkloop.materialflow.%' and completion_date is not null")
			.query(Integer.class).single()).isEqualTo(2);

		// a crash on node a after the deal's commit, before its handling committed: the publication is there,
		// incomplete, and nothing was recorded; node b handles it (as each node does at its start)
		jdbc.sql("delete from mfa_exchange_delivery where deal_id = 9999").update();
		jdbc.sql("""
				update event_publication set completion_date = null, status = 'PUBLISHED'
				where id = (select id from event_publication where event_type like '%DealCompleted'
				            and listener_id like 'org.parkloop.materialflow.%' order by publication_date limit 1)""")
			.update();
		b.getBean(org.springframework.modulith.events.IncompleteEventPublications.class)
			.resubmitIncompletePublications(p -> true);
		assertThat(jdbc.sql("select quantity from mfa_exchange_delivery where deal_id = 9999").query(Double.class).single())
			.isEqualTo(100.0);
		assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class).single()).isZero();
	}

	private static void publishInATransaction(ConfigurableApplicationContext node, Object event) {
		node.getBean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult(status -> node.publishEvent(event));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
