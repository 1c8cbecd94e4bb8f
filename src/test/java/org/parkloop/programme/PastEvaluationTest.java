package org.parkloop.programme;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Past results stay put: goals are evaluated on the parks as they stood on the date (established, level, merged,
 * revoked), and a published evaluation stays as published. On a database of its own, so that the counts are exact.
 */
@TestPropertySource(properties = "parkloop.test.database=past-evaluation")
class PastEvaluationTest extends IntegrationTest {

	/** Goal 1 of the Wenzhou set: by 2015-12-31 at least 50 % of national parks implementing. */
	private static final String GOAL_1 = "$.goals[0]";

	private ResultActions post(String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions evaluation(String asOf) throws Exception {
		return mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=" + asOf));
	}

	private String evaluationJson(String asOf) throws Exception {
		return evaluation(asOf).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aParkAddedTodayDoesNotChangeThe2015Evaluation() throws Exception {
		for (String[] t : new String[][] { { "PLAN_COMPILING", "2014-04-15" }, { "PLAN_UNDER_REVIEW", "2014-09-30" },
				{ "IMPLEMENTING", "2014-12-20" } }) {
			post("/api/v1/parks/wz-etdz/transitions", "{\"status\":\"%s\",\"effectiveDate\":\"%s\"}".formatted(t[0], t[1]))
				.andExpect(status().isCreated());
		}
		evaluation("2015-12-31").andExpect(jsonPath(GOAL_1 + ".state").value("MET"))
			.andExpect(jsonPath(GOAL_1 + ".population").value(2))
			.andExpect(jsonPath(GOAL_1 + ".required").value(1));
		String before = evaluationJson("2015-12-31");
		String published = post("/api/v1/programme/goal-sets/1/publications", """
				{"asOf":"2015-12-31","comment":"2015年度考核"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evaluation.goals[0].state").value("MET"))
			.andReturn().getResponse().getContentAsString();
		long publication = ((Number) com.jayway.jsonpath.JsonPath.read(published, "$.id")).longValue();

		// a national park established in 2026: the 2015 result is exactly as it was
		post("/api/v1/parks", """
				{"code":"t-national-2026","nameZh":"新设国家级园区","level":"NATIONAL","administeredBy":"温州市本级",
				 "establishedOn":"2026-03-01"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.establishedOn").value("2026-03-01"));
		mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=2015-12-31"))
			.andExpect(content().json(before, org.springframework.test.json.JsonCompareMode.STRICT));

		// a park created without a date existed before the programme began: it counts in 2015 (the record says so)
		post("/api/v1/parks", """
				{"code":"t-national-old","nameZh":"漏登的国家级园区","level":"NATIONAL","administeredBy":"温州市本级"}""")
			.andExpect(status().isCreated());
		evaluation("2015-12-31").andExpect(jsonPath(GOAL_1 + ".state").value("NOT_MET"))
			.andExpect(jsonPath(GOAL_1 + ".population").value(3));
		// ... until its revocation in 2014 is recorded
		post("/api/v1/parks/t-national-old/revocation", "{\"date\":\"2014-06-30\",\"comment\":\"撤销\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedOn").value("2014-06-30"));
		evaluation("2015-12-31").andExpect(jsonPath(GOAL_1 + ".state").value("MET"))
			.andExpect(jsonPath(GOAL_1 + ".population").value(2));
		post("/api/v1/parks/t-national-old/revocation", "{\"date\":\"2015-06-30\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("park.revoked.already"));

		// what was published stays as it was published, whatever happened since
		mvc.perform(get("/api/v1/programme/goal-sets/1/publications/" + publication))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2015-12-31"))
			.andExpect(jsonPath("$.comment").value("2015年度考核"))
			.andExpect(jsonPath("$.evaluation.goals[0].state").value("MET"));
		mvc.perform(get("/api/v1/programme/goal-sets/1/publications"))
			.andExpect(jsonPath("$[*].id", contains((int) publication)));
		mvc.perform(get("/goal-sets/1/publications/" + publication))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2015年度考核")));
	}

	private int population(String setId, int goal, String asOf) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/programme/goal-sets/" + setId
				+ "/evaluation?asOf=" + asOf)).andReturn().getResponse().getContentAsString(), "$.goals[" + goal + "].population");
	}

	@Test
	void aLevelChangeCountsFromItsDate() throws Exception {
		String set = com.jayway.jsonpath.JsonPath.read(post("/api/v1/programme/goal-sets", """
				{"nameZh":"国家级园区 2015、2016","goals":[
				 {"kind":"SHARE_AT_LEAST","deadline":"2015-12-31","level":"NATIONAL","minStatus":"IMPLEMENTING","percent":50},
				 {"kind":"SHARE_AT_LEAST","deadline":"2016-12-31","level":"NATIONAL","minStatus":"IMPLEMENTING","percent":50}]}""")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();
		post("/api/v1/parks", """
				{"code":"t-upgraded","nameZh":"升级园区","level":"PROVINCIAL","administeredBy":"鹿城区","targetBatch":2017}""")
			.andExpect(status().isCreated());
		int national2015 = population(set, 0, "2016-12-31");
		int national2016 = population(set, 1, "2016-12-31");
		post("/api/v1/parks/t-upgraded/level-changes", "{\"date\":\"2016-05-01\",\"level\":\"NATIONAL\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("NATIONAL"))
			.andExpect(jsonPath("$.levelChanges[0].date").value("2016-05-01"));
		// national from 2016-05-01: it counts among the national parks of 2016, not of 2015
		org.assertj.core.api.Assertions.assertThat(population(set, 0, "2016-12-31")).isEqualTo(national2015);
		org.assertj.core.api.Assertions.assertThat(population(set, 1, "2016-12-31")).isEqualTo(national2016 + 1);
		post("/api/v1/parks/t-upgraded/level-changes", "{\"date\":\"2016-01-01\",\"level\":\"PROVINCIAL\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("park.level.notAfterLast"));
		post("/api/v1/parks/t-upgraded/level-changes", "{\"date\":\"2016-09-01\",\"level\":\"NATIONAL\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("park.level.same"));
		post("/api/v1/parks/t-upgraded/level-changes", "{\"date\":\"2099-01-01\",\"level\":\"NATIONAL\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		// a PUT of another level corrects the record from the start: it was always provincial
		mvc.perform(put("/api/v1/parks/t-upgraded").header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"nameZh":"升级园区","level":"PROVINCIAL","administeredBy":"鹿城区","targetBatch":2017}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("PROVINCIAL"))
			.andExpect(jsonPath("$.levelChanges").isEmpty());
		org.assertj.core.api.Assertions.assertThat(population(set, 1, "2016-12-31")).isEqualTo(national2016);
	}

	@Test
	void aMergedParkFollowsItsTargetFromTheMergerOn() throws Exception {
		post("/api/v1/parks", """
				{"code":"t-absorbed","nameZh":"被整合园区","level":"PROVINCIAL","administeredBy":"瓯海区"}""")
			.andExpect(status().isCreated());
		post("/api/v1/parks", """
				{"code":"t-absorber","nameZh":"整合后园区","level":"PROVINCIAL","administeredBy":"瓯海区"}""")
			.andExpect(status().isCreated());
		post("/api/v1/parks/t-absorber/transitions", "{\"status\":\"PLAN_COMPILING\",\"effectiveDate\":\"2014-05-01\"}")
			.andExpect(status().isCreated());
		post("/api/v1/parks/t-absorbed/merger", "{\"into\":\"t-absorber\",\"date\":\"2016-01-01\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mergedInto").value("t-absorber"))
			.andExpect(jsonPath("$.mergedOn").value("2016-01-01"));
		mvc.perform(get("/api/v1/parks/t-absorbed/status?asOf=2015-12-31").with(admin()))
			.andExpect(jsonPath("$.status").value("NOT_STARTED"))
			.andExpect(jsonPath("$.followsPark").doesNotExist());
		mvc.perform(get("/api/v1/parks/t-absorbed/status?asOf=2016-01-01").with(admin()))
			.andExpect(jsonPath("$.status").value("PLAN_COMPILING"))
			.andExpect(jsonPath("$.followsPark").value("t-absorber"));
		// before the merger it had a case of its own; from the merger on it follows the other park
		post("/api/v1/parks/t-absorbed/transitions", "{\"status\":\"PLAN_COMPILING\",\"effectiveDate\":\"2015-03-01\"}")
			.andExpect(status().isCreated());
		post("/api/v1/parks/t-absorbed/transitions", "{\"status\":\"PLAN_UNDER_REVIEW\",\"effectiveDate\":\"2016-03-01\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0].ref").value("R2"));
		post("/api/v1/parks/t-absorbed/merger", "{\"into\":\"t-absorber\",\"date\":\"2016-02-01\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("park.merged.already"));
		post("/api/v1/parks/t-absorber/merger", "{\"into\":\"t-absorbed\",\"date\":\"2016-02-01\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("park.merged.cycle"));
	}
}
