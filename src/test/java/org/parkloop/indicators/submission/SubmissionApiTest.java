package org.parkloop.indicators.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.parkloop.exchange.DealCompleted;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.Quantity;
import org.parkloop.shared.Unit;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The submissions' workflow through the API, the park values it feeds (hand-computed ratios of sums, unit
 * conversion, the merged park, versions after a correction), the targets and R17's test, scope, and the retry of a
 * recomputation that failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionApiTest extends IntegrationTest {

	static final String PW = "Indicator-pw-2026";
	static final String PARK = "zj-wz-lucheng-light";
	static final String E1 = CreditCode.complete("91330302MA2KND01");
	static final String E2 = CreditCode.complete("91330302MA2KND02");
	static final String E3 = CreditCode.complete("91330324MA2KND03");
	static final String E4 = CreditCode.complete("91330303MA2KND04");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ParkIndicators indicators;

	@BeforeAll
	void enterprisesAndUsers() throws Exception {
		enterprise(E1, "指标测试甲厂", PARK);
		enterprise(E2, "指标测试乙厂", PARK);
		enterprise(E3, "指标测试丙厂", "zj-yongjia-ip");
		enterprise(E4, "指标测试丁厂", "zj-wz-binhai");
		// on the platform since before the years reported, so that their data of those years is expected
		jdbc.sql("update enterprise set registered_on = '2020-01-01' where credit_code in (?, ?, ?, ?)")
			.params(E1, E2, E3, E4).update();
		for (String[] u : new String[][] { { "ind-e1", "ENTERPRISE:" + E1 }, { "ind-e2", "ENTERPRISE:" + E2 },
				{ "ind-e3", "ENTERPRISE:" + E3 }, { "ind-e4", "ENTERPRISE:" + E4 }, { "ind-park", "PARK:" + PARK },
				{ "ind-park2", "PARK:zj-yongjia-ip" }, { "ind-etdz", "PARK:wz-etdz" } }) {
			mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}".formatted(u[0], PW, u[1])))
				.andExpect(status().isCreated());
		}
	}

	private void enterprise(String code, String name, String park) throws Exception {
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"%s","parkCode":"%s","industryCode":"30","size":"MEDIUM"}"""
			.formatted(code, name, park))).andExpect(status().isCreated());
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, PW);
	}

	ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json));
	}

	long create(String who, String creditCode, int year, String values) throws Exception {
		String body = send(post("/api/v1/submissions"), as(who), """
				{"creditCode":"%s","year":%d,"values":[%s]}""".formatted(creditCode, year, values))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions act(long id, String action, RequestPostProcessor who, String json) throws Exception {
		return send(post("/api/v1/submissions/" + id + "/" + action), who, json);
	}

	String value(String who, String park, int year, String code) throws Exception {
		String body = mvc.perform(get("/api/v1/parks/" + park + "/indicators").param("year", "" + year)
				.with(who == null ? admin() : as(who)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Object> v = JsonPath.read(body, "$[?(@.code == '" + code + "')].value");
		return v.isEmpty() || v.get(0) == null ? null : new java.math.BigDecimal(v.get(0).toString()).toPlainString();
	}

	static final String E1_2024 = """
			{"item":"value_added","value":1000,"unit":"万元","priceBaseYear":2020},{"item":"energy_consumption","value":500,"unit":"tce"},
			{"item":"fresh_water","value":1,"unit":"万m3"},{"item":"reused_water","value":90000,"unit":"m3"},
			{"item":"solid_waste_generated","value":200,"unit":"t"},{"item":"solid_waste_utilised","value":150},
			{"item":"solid_waste_utilised_stored","value":0,"unit":"t"}""";

	static final String E2_2024 = """
			{"item":"value_added","value":0.3,"unit":"亿元"},{"item":"energy_consumption","value":2000000,"unit":"kWh"},
			{"item":"fresh_water","value":30000,"unit":"m³"},{"item":"reused_water","value":10000},
			{"item":"solid_waste_generated","value":800,"unit":"吨"},{"item":"solid_waste_utilised","value":700000,"unit":"kg"},
			{"item":"solid_waste_utilised_stored","value":100,"unit":"t"}""";

	@Test
	@Order(1)
	void anEnterpriseSubmitsItsOwnAndItsParkAcceptsWhileOthersMayNot() throws Exception {
		long id = create("ind-e1", E1, 2024, E1_2024);
		mvc.perform(get("/api/v1/submissions/" + id).with(as("ind-e1")))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.parkCode").value(PARK))
			.andExpect(jsonPath("$.onBehalf").value(false))
			.andExpect(jsonPath("$.values[?(@.item == 'fresh_water')].canonical", hasItem(10000)))
			.andExpect(jsonPath("$.values[?(@.item == 'fresh_water')].unit", hasItem("万m³")))
			.andExpect(jsonPath("$.values[?(@.item == 'value_added')].priceBaseYear", hasItem(2020)));
		mvc.perform(get("/api/v1/submissions/" + id).with(as("ind-e2"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/submissions/" + id).with(as("ind-park2"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/submissions").param("year", "2024").with(as("ind-e2")))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		act(id, "accept", as("ind-park"), null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("submission.notAllowed"));
		act(id, "submit", as("ind-e2"), null).andExpect(status().isForbidden());
		act(id, "submit", as("ind-e1"), null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(get("/home").with(signedIn("ind-park")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("审核数据填报：指标测试甲厂 2024年")));
		act(id, "accept", as("ind-e1"), null).andExpect(status().isForbidden());
		act(id, "accept", as("ind-park2"), null).andExpect(status().isForbidden());
		// one enterprise of two: the value is there, incomplete, naming the one missing
		act(id, "accept", as("ind-park"), null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		mvc.perform(get("/api/v1/parks/" + PARK + "/indicators").param("year", "2024").with(as("ind-park")))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].complete", hasItem(false)))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].missing[*]", hasItem(E2)))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].missing[*]", not(hasItem(E1))));
		assertThat(value("ind-park", PARK, 2024, "ENERGY_INTENSITY")).isEqualTo("0.5");
		mvc.perform(get("/api/v1/parks/" + PARK + "/indicators").param("year", "2024").with(as("ind-e1")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/parks/" + PARK + "/indicators").param("year", "2024").with(as("ind-park2")))
			.andExpect(status().isForbidden());
	}

	@Test
	@Order(2)
	void whatTheParkEntersOnBehalfIsAcceptedByTheCityAndTheValuesAreRatiosOfSums() throws Exception {
		long id = create("ind-park", E2, 2024, E2_2024);
		mvc.perform(get("/api/v1/submissions/" + id).with(as("ind-e2"))).andExpect(jsonPath("$.onBehalf").value(true));
		act(id, "submit", as("ind-e2"), null).andExpect(status().isForbidden());
		act(id, "submit", as("ind-park"), null).andExpect(status().isOk());
		act(id, "accept", as("ind-park"), null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("市级")));
		act(id, "accept", admin(), null).andExpect(status().isOk());
		// energy: 500 tce + 2,000,000 kWh × 0.1229 kgce = 745.8 tce over 1,000 + 3,000 万元 (not the mean of 0.5 and 0.08193)
		assertThat(value("ind-park", PARK, 2024, "ENERGY_INTENSITY")).isEqualTo("0.18645");
		// solid waste: (150 + 700) ÷ (200 + 800 + 0 + 100) × 100
		assertThat(value("ind-park", PARK, 2024, "SOLID_WASTE_UTILISATION_RATE")).startsWith("77.272727272727");
		// water reuse: (90,000 + 10,000) ÷ (100,000 + 40,000) × 100
		assertThat(value("ind-park", PARK, 2024, "WATER_REUSE_RATE")).startsWith("71.428571428571");
		assertThat(value("ind-park", PARK, 2024, "WATER_INTENSITY")).isEqualTo("10");
		mvc.perform(get("/api/v1/parks/" + PARK + "/indicators").param("year", "2024").with(as("ind-park")))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].missing[*]", not(hasItem(E2))))
			.andExpect(jsonPath("$[?(@.code == 'LAND_PRODUCTIVITY')].missing[*]", hasItem(PARK)));
	}

	@Test
	@Order(3)
	void theParksOwnDataIsEnteredByThePark_AcceptedByTheCity() throws Exception {
		String body = send(put("/api/v1/parks/" + PARK + "/data/2024"), as("ind-park"),
				"{\"values\":[{\"item\":\"land_area\",\"value\":200,\"unit\":\"hm²\"}]}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.revision").value(1)).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		send(put("/api/v1/parks/" + PARK + "/data/2024"), as("ind-e1"), "{\"values\":[{\"item\":\"land_area\",\"value\":2}]}")
			.andExpect(status().isForbidden());
		send(put("/api/v1/parks/" + PARK + "/data/2024"), as("ind-park"), "{\"values\":[{\"item\":\"value_added\",\"value\":2}]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("values[0].item"));
		act(id, "submit", as("ind-park"), null).andExpect(status().isOk());
		act(id, "accept", as("ind-park"), null).andExpect(status().isForbidden());
		act(id, "accept", admin(), null).andExpect(status().isOk());
		// 4,000 万元 ÷ 10,000 ÷ 2 km² = 0.2 亿元/km²
		assertThat(value("ind-park", PARK, 2024, "LAND_PRODUCTIVITY")).isEqualTo("0.2");
	}

	@Test
	@Order(4)
	void hardRulesRefuseNamingTheItem() throws Exception {
		send(post("/api/v1/submissions"), as("ind-e3"), """
				{"creditCode":"%s","year":2024,"values":[{"item":"cod","value":-1,"unit":"t"},
				 {"item":"fresh_water","value":5,"unit":"tce"},{"item":"nothing","value":1}]}""".formatted(E3))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("values[0].value"))
			.andExpect(jsonPath("$.errors[0].message", containsString("化学需氧量")))
			.andExpect(jsonPath("$.errors[1].field").value("values[1].unit"))
			.andExpect(jsonPath("$.errors[1].message", containsString("新鲜水取水量")))
			.andExpect(jsonPath("$.errors[2].field").value("values[2].item"));
		send(post("/api/v1/submissions"), as("ind-e3"), """
				{"creditCode":"%s","year":2024,"values":[{"item":"cod","value":1,"priceBaseYear":2020},
				 {"item":"value_added","value":1,"priceBaseYear":2025}]}""".formatted(E3))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("values[0].priceBaseYear"))
			.andExpect(jsonPath("$.errors[1].field").value("values[1].priceBaseYear"))
			.andExpect(jsonPath("$.errors[1].message", containsString("晚于填报年度")));
		send(post("/api/v1/submissions"), as("ind-e3"), """
				{"creditCode":"%s","year":2031,"values":[{"item":"cod","value":1}]}""".formatted(E3))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
		long id = create("ind-e3", E3, 2024, """
				{"item":"solid_waste_generated","value":100},{"item":"solid_waste_utilised","value":150},
				{"item":"reused_water","value":10}""");
		act(id, "submit", as("ind-e3"), "{\"confirm\":true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("一般工业固体废物综合利用量 150 超过"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("重复用水量"))));
		mvc.perform(get("/api/v1/submissions/" + id).with(as("ind-e3"))).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	@Order(5)
	void softRulesAskForConfirmation() throws Exception {
		long first = create("ind-e3", E3, 2023, "{\"item\":\"value_added\",\"value\":100},{\"item\":\"solid_waste_generated\",\"value\":500}");
		act(first, "submit", as("ind-e3"), null).andExpect(status().isOk());
		act(first, "accept", as("ind-park2"), null).andExpect(status().isOk());
		// 300 t delivered through the exchange in 2024 (a completed deal)
		deal(9_101, E3, 300);
		long open = JsonPath.<List<Integer>>read(mvc.perform(get("/api/v1/submissions").param("creditCode", E3)
			.param("year", "2024").with(as("ind-e3"))).andReturn().getResponse().getContentAsString(), "$[*].id").get(0);
		String version = JsonPath.read(mvc.perform(get("/api/v1/submissions/" + open).with(as("ind-e3"))).andReturn()
			.getResponse().getContentAsString(), "$.version").toString();
		send(put("/api/v1/submissions/" + open), as("ind-e3"), """
				{"version":%s,"values":[{"item":"value_added","value":1000},{"item":"solid_waste_generated","value":400},
				 {"item":"solid_waste_utilised","value":100},{"item":"hazardous_generated","value":1},
				 {"item":"hazardous_utilised","value":2}]}""".formatted(version))
			.andExpect(status().isOk());
		send(put("/api/v1/submissions/" + open), as("ind-e3"), "{\"values\":[{\"item\":\"value_added\",\"value\":1}]}")
			.andExpect(status().isPreconditionRequired());
		act(open, "submit", as("ind-e3"), null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("submission.bigChange")))
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("submission.rateAboveHundred")))
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("submission.belowDelivered")))
			.andExpect(jsonPath("$.reasons[*].rule", not(hasItem("submission.negative"))));
		act(open, "submit", as("ind-e3"), "{\"confirm\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.confirmed[*].messageKey", hasItem("submission.bigChange")));
		act(open, "return", as("ind-park2"), "{}").andExpect(status().isBadRequest());
		act(open, "return", as("ind-park2"), "{\"comment\":\"请核实增加值\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED")).andExpect(jsonPath("$.comment").value("请核实增加值"));
		act(open, "submit", as("ind-e3"), "{\"confirm\":true}").andExpect(status().isConflict());
	}

	private void deal(long id, String supplier, int tonnes) {
		DealCompleted deal = new DealCompleted(id, new DealCompleted.Party(supplier, "供方", "zj-yongjia-ip"),
				new DealCompleted.Party(E1, "收方", PARK), "SW02", "粉煤灰", Unit.TONNE, false,
				List.of(new DealCompleted.Delivery(LocalDate.of(2024, 5, 1), Quantity.of(tonnes + "", "t"))),
				Instant.parse("2024-05-02T00:00:00Z"));
		transactions.executeWithoutResult(s -> publisher.publishEvent(deal));
	}

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Test
	@Order(6)
	void aCorrectionIsANewRevisionAndTheValuesFollowTheLatestAccepted() throws Exception {
		long first = JsonPath.<List<Integer>>read(mvc.perform(get("/api/v1/submissions").param("creditCode", E1)
			.param("year", "2024").with(as("ind-e1"))).andReturn().getResponse().getContentAsString(), "$[*].id").get(0);
		String body = act(first, "correct", as("ind-e1"), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		long second = ((Number) JsonPath.read(body, "$.id")).longValue();
		act(first, "correct", as("ind-e1"), null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("submission.open"));
		assertThat(value("ind-park", PARK, 2024, "ENERGY_INTENSITY")).isEqualTo("0.18645");
		send(put("/api/v1/submissions/" + second), as("ind-e1"), "{\"version\":0,\"values\":["
				+ E1_2024.replace("\"value\":500,", "\"value\":754.2,") + "]}").andExpect(status().isOk());
		act(second, "submit", as("ind-e1"), null).andExpect(status().isOk());
		act(second, "accept", as("ind-park"), null).andExpect(status().isOk());
		// (754.2 + 245.8) ÷ 4,000
		assertThat(value("ind-park", PARK, 2024, "ENERGY_INTENSITY")).isEqualTo("0.25");
		mvc.perform(get("/api/v1/submissions/" + first).with(as("ind-e1")))
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.values[?(@.item == 'energy_consumption')].value", hasItem(500)));
		act(first, "correct", as("ind-e1"), null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("submission.notLatest"));
	}

	@Test
	@Order(7)
	void aMergedParksEnterprisesCountForThePark_ItFollows() throws Exception {
		long id = create("ind-e4", E4, 2024, "{\"item\":\"cod\",\"value\":12.5},{\"item\":\"value_added\",\"value\":10}");
		act(id, "submit", as("ind-e4"), null).andExpect(status().isOk());
		act(id, "accept", as("ind-etdz"), null).andExpect(status().isOk());
		assertThat(new java.math.BigDecimal(value("ind-etdz", "wz-etdz", 2024, "COD_EMISSIONS")))
			.isGreaterThanOrEqualTo(new java.math.BigDecimal("12.5"));
		mvc.perform(get("/api/v1/parks/zj-wz-binhai/indicators").param("year", "2024").with(as("ind-etdz")))
			.andExpect(jsonPath("$[0].countedFor").value("wz-etdz"));
		assertThat(jdbc.sql("select count(*) from ind_park_value where park_code = 'zj-wz-binhai'").query(Integer.class)
			.single()).isZero();
	}

	@Test
	@Order(8)
	void targetsAndTheNinetyPercentTest() throws Exception {
		// ENERGY_INTENSITY 0.25 going down: a target of 0.225 is exactly 90 %; LAND_PRODUCTIVITY 0.2 going up
		String targets = """
				{"baseYear":2020,"targetYear":2025,"indicators":[{"code":"ENERGY_INTENSITY","baseline":0.3,"target":%s},
				 {"code":"LAND_PRODUCTIVITY","baseline":0.1,"target":%s}]}""";
		send(put("/api/v1/parks/" + PARK + "/targets"), as("ind-e1"), targets.formatted("0.225", "0.22222"))
			.andExpect(status().isForbidden());
		send(put("/api/v1/parks/" + PARK + "/targets"), as("ind-park"), targets.formatted("0.225", "0.22222"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.source").value("ENTERED"));
		mvc.perform(get("/api/v1/parks/" + PARK + "/acceptance-test").param("year", "2024").with(as("ind-park")))
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.indicators[?(@.code == 'ENERGY_INTENSITY')].completion", hasItem(0.9)));
		send(put("/api/v1/parks/" + PARK + "/targets"), as("ind-park"), targets.formatted("0.2249", "0.22222"))
			.andExpect(status().isPreconditionRequired());
		send(put("/api/v1/parks/" + PARK + "/targets"), as("ind-park"),
				targets.formatted("0.2249", "0.22222").replace("{\"baseYear\"", "{\"version\":0,\"baseYear\""))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/parks/" + PARK + "/acceptance-test").param("year", "2024").with(as("ind-park")))
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.indicators[?(@.code == 'ENERGY_INTENSITY')].passed", hasItem(false)))
			.andExpect(jsonPath("$.indicators[?(@.code == 'LAND_PRODUCTIVITY')].passed", hasItem(true)));
		// an approved plan's targets are locked
		transactions.executeWithoutResult(s -> org.parkloop.platform.CurrentCaller.as(
				new org.parkloop.shared.Caller("admin", java.util.Set.of()), () -> {
					indicators.setPlanTargets(PARK, new ParkIndicators.Targets(2020, 2025, List.of(
							new ParkIndicators.Target("LAND_PRODUCTIVITY", null, new java.math.BigDecimal("0.22223"))),
							null, null, null), "方案-2025-1");
					return null;
				}));
		send(put("/api/v1/parks/" + PARK + "/targets"), admin(), targets.formatted("0.2", "0.2").replace("{\"baseYear\"",
				"{\"version\":2,\"baseYear\"")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("targets.locked"));
		org.parkloop.shared.Caller city = new org.parkloop.shared.Caller("admin",
				java.util.Set.of(new org.parkloop.shared.Grant(org.parkloop.shared.Role.CITY, null)));
		assertThat(org.parkloop.platform.CurrentCaller.as(city, () -> indicators.acceptanceTest(PARK, 2024)).passed()).isFalse();
	}

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	@Order(9)
	void aRecomputationThatFailedIsDoneAgain() throws Exception {
		long id = create("ind-e2", E2, 2023, "{\"item\":\"cod\",\"value\":7}");
		act(id, "submit", as("ind-e2"), null).andExpect(status().isOk());
		jdbc.sql("alter table ind_park_value rename to ind_park_value_away").update();
		try {
			act(id, "accept", as("ind-park"), null).andExpect(status().isOk());
		}
		finally {
			jdbc.sql("alter table ind_park_value_away rename to ind_park_value").update();
		}
		assertThat(value("ind-park", PARK, 2023, "COD_EMISSIONS")).isNull();
		assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%SubmissionAccepted'")
			.query(Integer.class).single()).isEqualTo(1);
		incomplete.resubmitIncompletePublications(p -> true);
		assertThat(value("ind-park", PARK, 2023, "COD_EMISSIONS")).isEqualTo("7");
		assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class).single()).isZero();
	}

	@Test
	@Order(10)
	void aDefinitionAddedOrChangedRecomputesEveryParkYearWithTheVersionOfItsYear() throws Exception {
		send(post("/api/v1/indicators/definitions"), admin(), """
				{"code":"SUBMISSION_TEST_ENERGY","nameZh":"测试能耗","nameEn":"Test energy","formula":"energy_consumption * 2",
				 "unit":"tce","direction":"LOWER_IS_BETTER","source":"test","validFrom":2010}""").andExpect(status().isCreated());
		// 2024: 754.2 + 245.8 tce; 2023: no energy reported, 0
		assertThat(value("ind-park", PARK, 2024, "SUBMISSION_TEST_ENERGY")).isEqualTo("2000");
		assertThat(value("ind-park", PARK, 2023, "SUBMISSION_TEST_ENERGY")).isEqualTo("0");
		send(put("/api/v1/indicators/definitions/SUBMISSION_TEST_ENERGY"), admin(), """
				{"nameZh":"测试能耗","nameEn":"Test energy","formula":"energy_consumption * 3","unit":"tce",
				 "direction":"LOWER_IS_BETTER","source":"test","validFrom":2024,"version":1}""").andExpect(status().isOk());
		assertThat(value("ind-park", PARK, 2024, "SUBMISSION_TEST_ENERGY")).isEqualTo("3000");
		assertThat(value("ind-park", PARK, 2023, "SUBMISSION_TEST_ENERGY")).isEqualTo("0");
	}

	@Test
	@Order(11)
	void aMergerCountsTheMergedParksDataForThePark_ItFollowsFromThatYear() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"ind-merge-park","nameZh":"指标整合测试园区","level":"PROVINCIAL","administeredBy":"鹿城区"}""")
			.andExpect(status().isCreated());
		String e5 = CreditCode.complete("91330302MA2KND05");
		enterprise(e5, "指标测试戊厂", "ind-merge-park");
		jdbc.sql("update enterprise set registered_on = '2020-01-01' where credit_code = ?").param(e5).update();
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ind-e5\",\"password\":\"%s\",\"grants\":[\"ENTERPRISE:%s\"]}".formatted(PW, e5)))
			.andExpect(status().isCreated());
		for (int year : new int[] { 2023, 2024 }) {
			long id = create("ind-e5", e5, year, "{\"item\":\"cod\",\"value\":100}");
			act(id, "submit", as("ind-e5"), "{\"confirm\":true}").andExpect(status().isOk());
			act(id, "accept", admin(), null).andExpect(status().isOk());
		}
		String before2023 = value("ind-park", PARK, 2023, "COD_EMISSIONS");
		String before2024 = value("ind-park", PARK, 2024, "COD_EMISSIONS");
		send(post("/api/v1/parks/ind-merge-park/merger"), admin(), """
				{"into":"%s","date":"2024-06-01","comment":"整合"}""".formatted(PARK)).andExpect(status().isOk());
		// from 2024 on its enterprises count for the park it follows; 2023 stays as it was
		assertThat(value("ind-park", PARK, 2023, "COD_EMISSIONS")).isEqualTo(before2023);
		assertThat(new java.math.BigDecimal(value("ind-park", PARK, 2024, "COD_EMISSIONS")))
			.isEqualByComparingTo(new java.math.BigDecimal(before2024 == null ? "0" : before2024).add(java.math.BigDecimal.valueOf(100)));
		assertThat(value(null, "ind-merge-park", 2023, "COD_EMISSIONS")).isEqualTo("100");
	}
}
