package org.parkloop.energy;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R8 on a park of four enterprises whose accepted reports are known: the structure by value added with the pillar
 * (electrical, 60 %) and emerging (petrochemicals, 30 %) shares computed by hand, the one without a report missing;
 * an entry standard set by CITY and the enterprise above it with its gap; backward capacity overdue until eliminated.
 */
class IndustryTest extends IntegrationTest {

	static final String PW = "Industry-test-pw-2026";
	static final String PARK = "it-park";
	static final String ELECTRICAL = CreditCode.complete("91330381MA2NDT01");
	static final String CHEMICAL = CreditCode.complete("91330381MA2NDT02");
	static final String POWER = CreditCode.complete("91330381MA2NDT03");
	static final String PUMPS = CreditCode.complete("91330381MA2NDT04");

	@Autowired
	JdbcClient jdbc;

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** An accepted 2017 report (how the indicators module stores one; its workflow is SubmissionApiTest's subject). */
	void accepted(String creditCode, String valueAdded, String energy) {
		long id = jdbc.sql("""
				insert into ind_submission (credit_code, park_code, year, revision, status, created_by)
				values (?, ?, 2017, 1, 'ACCEPTED', 'test') returning id""").params(creditCode, PARK).query(Long.class).single();
		jdbc.sql("insert into ind_submission_value (submission_id, item, value, unit, canonical) values (?, 'value_added', ?, '万元', ?)")
			.params(id, new java.math.BigDecimal(valueAdded), new java.math.BigDecimal(valueAdded)).update();
		if (energy != null) {
			jdbc.sql("insert into ind_submission_value (submission_id, item, value, unit, canonical) values (?, 'energy_consumption', ?, 'tce', ?)")
				.params(id, new java.math.BigDecimal(energy), new java.math.BigDecimal(energy)).update();
		}
	}

	@Test
	void structureEntryGapsAndBackwardCapacity() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"产业测试园区","nameEn":"Industry test park","level":"PROVINCIAL","administeredBy":"瑞安市",
				 "establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		for (String[] e : new String[][] { { ELECTRICAL, "产业测试电气", "38" }, { CHEMICAL, "产业测试化工", "26" },
				{ POWER, "产业测试热电", "44" }, { PUMPS, "产业测试泵阀", "34" } }) {
			send(post("/api/v1/enterprises"), admin(), """
					{"creditCode":"%s","name":"%s","parkCode":"%s","industryCode":"%s","size":"MEDIUM"}"""
				.formatted(e[0], e[1], PARK, e[2])).andExpect(status().isCreated());
		}
		send(post("/api/v1/users"), admin(), "{\"username\":\"it-park\",\"password\":\"%s\",\"grants\":[\"PARK:%s\"]}"
			.formatted(PW, PARK)).andExpect(status().isCreated());
		send(post("/api/v1/users"), admin(), "{\"username\":\"it-other\",\"password\":\"%s\",\"grants\":[\"PARK:zj-ruian-eda\"]}"
			.formatted(PW)).andExpect(status().isCreated());
		RequestPostProcessor park = httpBasic("it-park", PW);
		accepted(ELECTRICAL, "600", "120");
		accepted(CHEMICAL, "300", "600");
		accepted(POWER, "100", null);

		mvc.perform(get("/api/v1/parks/" + PARK + "/energy/industry-structure").param("year", "2017").with(park))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valueAdded").value(1000))
			.andExpect(jsonPath("$.pillarShare").value(60.0))
			.andExpect(jsonPath("$.emergingShare").value(30.0))
			.andExpect(jsonPath("$.divisions[?(@.code == '38')].share", hasItem(60.0)))
			.andExpect(jsonPath("$.divisions[?(@.code == '26')].categories[0]", hasItem("PORT_PETROCHEMICALS")))
			.andExpect(jsonPath("$.categories[?(@.code == 'ELECTRICAL')].valueAdded", hasItem(600)))
			.andExpect(jsonPath("$.categories[?(@.code == 'PUMPS_VALVES')].valueAdded", hasItem(0)))
			.andExpect(jsonPath("$.missing[0]").value(PUMPS));
		mvc.perform(get("/api/v1/parks/" + PARK + "/energy/industry-structure").with(httpBasic("it-other", PW)))
			.andExpect(status().isForbidden());

		// CITY sets the chemical industry's ceiling at 1.5 tce/万元: 600 ÷ 300 = 2 is 0.5 above, 33.33 %
		send(put("/api/v1/energy/entry-standards/26/ENERGY_INTENSITY"), park, "{\"ceiling\":1.5,\"source\":\"x\"}")
			.andExpect(status().isForbidden());
		send(put("/api/v1/energy/entry-standards/26/ENERGY_INTENSITY"), admin(), "{\"ceiling\":0}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("ceiling")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("source")));
		send(put("/api/v1/energy/entry-standards/26/ENERGY_INTENSITY"), admin(),
				"{\"ceiling\":1.5,\"source\":\"温州市化工行业准入条件（测试）\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/parks/" + PARK + "/energy/entry-gaps").param("year", "2017").with(park))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].creditCode").value(CHEMICAL))
			.andExpect(jsonPath("$[0].actual").value(2.0))
			.andExpect(jsonPath("$[0].gap").value(0.5))
			.andExpect(jsonPath("$[0].gapPercent").value(33.33));

		// backward capacity: overdue after its deadline until it is eliminated, once
		String body = send(post("/api/v1/energy/backward-capacity"), park, """
				{"creditCode":"%s","description":"燃煤导热油炉","capacity":2,"unit":"t/h","deadline":"2017-12-31",
				 "source":"温政办〔2014〕27号"}""".formatted(POWER)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.overdue").value(true)).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		send(post("/api/v1/energy/backward-capacity/" + id + "/eliminated"), httpBasic("it-other", PW),
				"{\"date\":\"2017-10-01\"}").andExpect(status().isForbidden());
		send(post("/api/v1/energy/backward-capacity/" + id + "/eliminated"), park, "{\"date\":\"2017-10-01\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.name").value("产业测试热电"));
		send(post("/api/v1/energy/backward-capacity/" + id + "/eliminated"), park, "{\"date\":\"2017-11-01\"}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/energy/backward-capacity").param("parkCode", PARK).with(park))
			.andExpect(jsonPath("$[0].eliminatedOn").value("2017-10-01"));
	}
}
