package org.parkloop.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost updates: two writers who read the same version of a record send their changes at the same moment, over
 * HTTP, and exactly one is stored; the other is told (409 for a stale version in the body, 412 for a stale If-Match)
 * and a replacement that names no version is refused (428). For every kind of changeable record, and for the last
 * tonnes of a hazardous-waste licence, which two agreements race for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWritesTest extends IntegrationTest {

	private static final String PW = "Concurrent-pw-2026";
	private static final String SUPPLIER = code("91330303MA2CWA01");
	private static final String RECEIVER = code("91330303MA2CWB02");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();
	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	record Answer(int status, String body, String etag) {

		long version() {
			return ((Number) JsonPath.read(body, "$.version")).longValue();
		}
	}

	static String code(String first16) {
		return CreditCode.complete(first16);
	}

	@BeforeAll
	void enterprisesAndUsers() throws Exception {
		enterprise(SUPPLIER, "并发测试供料厂", 27.970, 120.700);
		enterprise(RECEIVER, "并发测试危废利用厂", 27.975, 120.705);
		user("cw-supplier", "ENTERPRISE:" + SUPPLIER);
		user("cw-receiver", "ENTERPRISE:" + RECEIVER);
	}

	@AfterAll
	void stop() {
		pool.shutdownNow();
	}

	private void enterprise(String code, String name, double lat, double lon) throws Exception {
		expect(201, send("POST", "/api/v1/enterprises", "admin", """
				{"creditCode":"%s","name":"%s","parkCode":"wz-etdz","industryCode":"42","latitude":%s,"longitude":%s,"size":"MEDIUM"}"""
			.formatted(code, name, lat, lon), null));
	}

	private void user(String username, String grant) throws Exception {
		expect(201, send("POST", "/api/v1/users", "admin", """
				{"username":"%s","password":"%s","grants":["%s"]}""".formatted(username, PW, grant), null));
	}

	@Test
	void parks() throws Exception {
		expect(201, send("POST", "/api/v1/parks", "admin", """
				{"code":"cw-park","nameZh":"并发测试园区","level":"PROVINCIAL","administeredBy":"鹿城区"}""", null));
		race("/api/v1/parks/cw-park", "admin", v -> """
				{%s"nameZh":"并发测试园区（改）","level":"PROVINCIAL","administeredBy":"鹿城区"}""".formatted(version(v)));
	}

	@Test
	void enterprises() throws Exception {
		String code = code("91330303MA2CWE03");
		enterprise(code, "并发测试企业", 27.96, 120.69);
		race("/api/v1/enterprises/" + code, "admin", v -> """
				{%s"name":"并发测试企业（改）","parkCode":"wz-etdz","industryCode":"42","size":"SMALL"}""".formatted(version(v)));
	}

	@Test
	void goalSets() throws Exception {
		String goals = """
				"nameZh":"并发测试目标","goals":[{"kind":"SHARE_AT_LEAST","deadline":"2020-12-31","level":"NATIONAL",
				"minStatus":"IMPLEMENTING","percent":50}]}""";
		long id = ((Number) JsonPath.read(expect(201, send("POST", "/api/v1/programme/goal-sets", "admin", "{" + goals,
				null)).body(), "$.id")).longValue();
		race("/api/v1/programme/goal-sets/" + id, "admin", v -> "{" + version(v) + goals);
	}

	@Test
	void models() throws Exception {
		long id = ((Number) JsonPath.read(expect(201, send("POST", "/api/v1/parks/wz-etdz/models", "admin",
				"{\"name\":\"并发测试模型\",\"year\":2017}", null)).body(), "$.id")).longValue();
		race("/api/v1/models/" + id, "admin", v -> """
				{%s"processes":[{"id":"P","name":"过程"}],"flows":[{"id":"F1","from":null,"to":"P","value":10,"sigma":1},
				 {"id":"F2","from":"P","to":null,"value":9,"sigma":1}]}""".formatted(version(v)));
	}

	@Test
	void listings() throws Exception {
		long id = ((Number) JsonPath.read(expect(201, send("POST", "/api/v1/exchange/listings", "cw-supplier", """
				{"kind":"OFFER","title":"并发测试钢渣","materialCode":"SW01","quantity":100,"period":"YEAR"}""", null)).body(),
				"$.id")).longValue();
		race("/api/v1/exchange/listings/" + id, "cw-supplier", v -> """
				{%s"title":"并发测试钢渣（改）","materialCode":"SW01","quantity":120,"period":"YEAR"}""".formatted(version(v)));
	}

	@Test
	void rules() throws Exception {
		String rule = """
				"materialCode":"SW03","useZh":"并发测试路基","useEn":"Road base","industryCode":"48","source":"GB/T 25824"}""";
		long id = ((Number) JsonPath.read(expect(201, send("POST", "/api/v1/exchange/rules", "admin", "{" + rule, null))
			.body(), "$.id")).longValue();
		race("/api/v1/exchange/rules/" + id, "admin", v -> "{" + version(v) + rule);
	}

	@Test
	void users() throws Exception {
		user("cw-user", "EXPERT");
		race("/api/v1/users/cw-user", "/api/v1/users/cw-user/grants", "admin",
				v -> "{%s\"grants\":[\"PARK:wz-etdz\"]}".formatted(version(v)));
	}

	/** Two agreements race for the last tonnes of a licence: exactly one is agreed, the other refused (409). */
	@Test
	void twoAgreementsRaceForTheLastTonnesOfALicence() throws Exception {
		LocalDate today = LocalDate.now();
		expect(201, send("POST", "/api/v1/exchange/licences", "admin", """
				{"number":"并发测试危废证","holder":"%s","codes":["HW08"],"annualCapacityTonnes":100,"validFrom":"%s",
				 "validTo":"%s","province":"浙江省"}""".formatted(RECEIVER, today.minusYears(1), today.plusYears(1)), null));
		long offer = ((Number) JsonPath.read(expect(201, send("POST", "/api/v1/exchange/listings", "cw-supplier", """
				{"kind":"OFFER","title":"并发测试废矿物油","materialCode":"900-249-08","quantity":200,"period":"YEAR",
				 "disposalCost":3000}""", null)).body(), "$.id")).longValue();
		long need = ((Number) JsonPath.read(expect(201, send("POST", "/api/v1/exchange/listings", "cw-receiver", """
				{"kind":"NEED","title":"并发测试废油再生","quantity":200,"maxDistanceKm":50,
				 "accepts":[{"materialCode":"HW08","valuePerUnit":800}]}""", null)).body(), "$.id")).longValue();
		// each fits the licence alone (60 of 100 t), not both
		List<Long> deals = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Answer proposed = expect(201, send("POST", "/api/v1/exchange/deals", "cw-supplier",
					"{\"offerId\":%d,\"needId\":%d,\"quantity\":60}".formatted(offer, need), null));
			deals.add(((Number) JsonPath.read(proposed.body(), "$.id")).longValue());
		}
		List<Answer> answers = atOnce(deals.stream()
			.map(d -> (Call) () -> send("POST", "/api/v1/exchange/deals/" + d + "/agree", "cw-receiver", null, null))
			.toList());
		assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
		Answer refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
		assertThat((String) JsonPath.read(refused.body(), "$.rule")).isEqualTo("exchange.deal.capacity");
		long agreed = deals.stream().filter(d -> {
			try {
				return JsonPath.read(send("GET", "/api/v1/exchange/deals/" + d, "cw-receiver", null, null).body(), "$.status")
					.equals("AGREED");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).count();
		assertThat(agreed).isEqualTo(1);
		// an action may name the version it was taken on; a stale one changes nothing
		long other = deals.stream().filter(d -> answers.get(deals.indexOf(d)).status() == 409).findFirst().orElseThrow();
		Answer stale = send("POST", "/api/v1/exchange/deals/" + other + "/cancel", "cw-supplier", null, "\"999\"");
		assertThat(stale.status()).isEqualTo(412);
	}

	/** The record as read, then two replacements at once made on that version, then the other ways to get it wrong. */
	private void race(String path, String user, LongFunction<String> body) throws Exception {
		race(path, path, user, body);
	}

	private void race(String readPath, String writePath, String user, LongFunction<String> body) throws Exception {
		Answer read = expect(200, send("GET", readPath, user, null, null));
		long v = read.version();
		assertThat(read.etag()).as(readPath + " ETag").isEqualTo("\"" + v + "\"");

		List<Answer> answers = atOnce(List.of(() -> send("PUT", writePath, user, body.apply(v), null),
				() -> send("PUT", writePath, user, body.apply(v), null)));
		assertThat(answers).as(writePath).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
		Answer won = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
		Answer lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
		assertThat(won.etag()).isEqualTo("\"" + (v + 1) + "\"");
		assertThat(((Number) JsonPath.read(lost.body(), "$.currentVersion")).longValue()).isEqualTo(v + 1);
		assertThat((String) JsonPath.read(lost.body(), "$.errors[0].field")).isEqualTo("version");
		assertThat((String) JsonPath.read(lost.body(), "$.detail")).contains("他人修改");

		Answer preconditionFailed = send("PUT", writePath, user, body.apply(-1), "\"" + v + "\"");
		assertThat(preconditionFailed.status()).as(writePath + " with a stale If-Match").isEqualTo(412);
		Answer required = send("PUT", writePath, user, body.apply(-1), null);
		assertThat(required.status()).as(writePath + " with neither").isEqualTo(428);
		// the current version, as If-Match, goes through; the record is at the version after it, once
		expect(200, send("PUT", writePath, user, body.apply(-1), "\"" + (v + 1) + "\""));
		assertThat(expect(200, send("GET", readPath, user, null, null)).version()).isEqualTo(v + 2);
	}

	/** The body's version field, or none for -1. */
	private static String version(long v) {
		return v < 0 ? "" : "\"version\":" + v + ",";
	}

	interface Call {
		Answer call() throws Exception;
	}

	/** The calls made at the same moment, from two threads. */
	private List<Answer> atOnce(List<Call> calls) throws Exception {
		CyclicBarrier start = new CyclicBarrier(calls.size());
		List<Future<Answer>> futures = new ArrayList<>();
		for (Call c : calls) {
			futures.add(pool.submit(() -> {
				start.await();
				return c.call();
			}));
		}
		List<Answer> answers = new ArrayList<>();
		for (Future<Answer> f : futures) {
			answers.add(f.get());
		}
		return answers;
	}

	private Answer send(String method, String path, String user, String body, String ifMatch) throws Exception {
		String password = user.equals("admin") ? ADMIN_PASSWORD : PW;
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (ifMatch != null) {
			b.header("If-Match", ifMatch);
		}
		HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
	}

	private static Answer expect(int status, Answer a) {
		assertThat(a.status()).as(a.body()).isEqualTo(status);
		return a;
	}
}
