package org.parkloop.transformation;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Status transitions and the goal evaluation through the API, on a database of its own (only the eleven parks), so
 * that the goal counts are exact.
 */
@TestPropertySource(properties = "parkloop.test.database=transformation")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransformationApiTest extends IntegrationTest {

	private ResultActions transition(String park, String json) throws Exception {
		return mvc.perform(post("/api/v1/parks/" + park + "/transitions").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private void move(String park, String status, String date) throws Exception {
		transition(park, "{\"status\":\"" + status + "\",\"effectiveDate\":\"" + date + "\"}")
			.andExpect(status().isCreated());
	}

	@Test
	@Order(1)
	void recordsAHistoryAndAnswersTheStatusAsOfAnyDate() throws Exception {
		transition("wz-etdz", """
				{"status":"PLAN_COMPILING","effectiveDate":"2014-04-15","note":"委托甲级咨询机构编制"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seq").value(1))
			.andExpect(jsonPath("$.recordedBy").value("admin"));
		move("wz-etdz", "PLAN_UNDER_REVIEW", "2014-09-30");
		move("wz-etdz", "IMPLEMENTING", "2014-12-20");
		transition("wz-etdz", """
				{"designation":"PROVINCIAL_DEMO","effectiveDate":"2015-10-28"}""").andExpect(status().isCreated());

		mvc.perform(get("/api/v1/parks/wz-etdz/history").with(admin()))
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[*].status", contains("PLAN_COMPILING", "PLAN_UNDER_REVIEW", "IMPLEMENTING", "IMPLEMENTING")))
			.andExpect(jsonPath("$[0].note").value("委托甲级咨询机构编制"));
		mvc.perform(get("/api/v1/parks/wz-etdz/status?asOf=2014-12-19").with(admin()))
			.andExpect(jsonPath("$.status").value("PLAN_UNDER_REVIEW"))
			.andExpect(jsonPath("$.designation").value("NONE"));
		mvc.perform(get("/api/v1/parks/wz-etdz/status?asOf=2015-12-31").with(admin()))
			.andExpect(jsonPath("$.status").value("IMPLEMENTING"))
			.andExpect(jsonPath("$.designation").value("PROVINCIAL_DEMO"))
			.andExpect(jsonPath("$.since").value("2015-10-28"));
		mvc.perform(get("/api/v1/parks/wz-etdz/status?asOf=2014-01-01").with(admin())).andExpect(jsonPath("$.status").value("NOT_STARTED"));
		mvc.perform(get("/api/v1/parks?asOf=2015-01-01&status=IMPLEMENTING").with(admin()))
			.andExpect(jsonPath("$[*].code", contains("wz-etdz", "zj-wz-binhai")));
	}

	@Test
	@Order(2)
	void theMergedParkFollowsAndCannotBeChangedOnItsOwn() throws Exception {
		mvc.perform(get("/api/v1/parks/zj-wz-binhai/status?asOf=2015-01-01").with(admin()))
			.andExpect(jsonPath("$.status").value("IMPLEMENTING"))
			.andExpect(jsonPath("$.followsPark").value("wz-etdz"));
		mvc.perform(get("/api/v1/parks/zj-wz-binhai").with(admin())).andExpect(jsonPath("$.status").value("IMPLEMENTING"));
		transition("zj-wz-binhai", """
				{"status":"PLAN_COMPILING","effectiveDate":"2015-01-01"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("浙江温州滨海工业园区已并入温州经济技术开发区，其改造状态随温州经济技术开发区变化，不能单独变更"));
		mvc.perform(get("/api/v1/parks/zj-wz-binhai/history").with(admin())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	@Order(3)
	void guardedTransitionsAreRefusedWithTheReason() throws Exception {
		transition("zj-ouhai-eda", """
				{"status":"ACCEPTED","effectiveDate":"2015-01-01"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("不能从“未启动”直接变为“已验收”"))
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.rule").value("transition.notAllowed"))
			.andExpect(jsonPath("$.reasons[0].ref").value("R14-R17"))
			.andExpect(jsonPath("$.reasons[0].detail").value("不能从“未启动”直接变为“已验收”"));
		transition("zj-ouhai-eda", """
				{"status":"ACCEPTED","effectiveDate":"2015-01-01"}""")
			.andExpect(status().isConflict());
		transition("wz-etdz", """
				{"status":"ACCEPTED","effectiveDate":"2015-01-01"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("生效日期2015-01-01早于上一次变更的生效日期2015-10-28，请按时间顺序录入"));
		mvc.perform(post("/api/v1/parks/zj-ouhai-eda/transitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"PLAN_COMPILING\",\"effectiveDate\":\"2015-01-01\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/parks/zj-ouhai-eda/history").with(admin())).andExpect(jsonPath("$", hasSize(0)));
		transition("no-park", "{\"status\":\"PLAN_COMPILING\",\"effectiveDate\":\"2015-01-01\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	@Order(4)
	void theWenzhouGoalSetIsEvaluatedAsOfADate() throws Exception {
		move("zj-ouhai-eda", "PLAN_COMPILING", "2015-01-10");
		move("zj-ouhai-eda", "PLAN_UNDER_REVIEW", "2015-06-10");
		move("zj-ouhai-eda", "IMPLEMENTING", "2015-12-31");
		move("zj-ruian-eda", "PLAN_COMPILING", "2015-03-01");
		move("zj-ruian-eda", "PLAN_UNDER_REVIEW", "2015-09-01");
		move("zj-ruian-eda", "IMPLEMENTING", "2016-01-01");

		mvc.perform(get("/api/v1/programme/goal-sets")).andExpect(jsonPath("$[0].goals", hasSize(8)));
		mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=2015-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2015-12-31"))
			.andExpect(jsonPath("$.goals[0].id").exists())
			.andExpect(jsonPath("$.goals[0].description").value("2015-12-31前，国家级园区中至少50%达到“实施中”"))
			.andExpect(jsonPath("$.goals[0].deadline").value("2015-12-31"))
			.andExpect(jsonPath("$.goals[0].actual").value(1))
			.andExpect(jsonPath("$.goals[0].required").value(1))
			.andExpect(jsonPath("$.goals[0].state").value("MET"))
			// provincial: Binhai (following the ETDZ) and Ouhai (on the deadline day) of the 3 needed of 9
			.andExpect(jsonPath("$.goals[1].actual").value(2))
			.andExpect(jsonPath("$.goals[1].required").value(3))
			.andExpect(jsonPath("$.goals[1].state").value("NOT_MET"))
			.andExpect(jsonPath("$.goals[1].shortfall").value(1))
			.andExpect(jsonPath("$.goals[1].candidates[0].code").value("zj-ruian-eda"))
			.andExpect(jsonPath("$.goals[1].candidates[0].status").value("PLAN_UNDER_REVIEW"))
			.andExpect(jsonPath("$.goals[2].actual").value(1))
			.andExpect(jsonPath("$.goals[2].state").value("MET"))
			.andExpect(jsonPath("$.goals[3].actual").value(3))
			.andExpect(jsonPath("$.goals[3].required").value(5))
			.andExpect(jsonPath("$.goals[4].state").value("AT_RISK"))
			.andExpect(jsonPath("$.goals[4].required").value(8));
		mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=2015-12-30"))
			.andExpect(jsonPath("$.goals[1].actual").value(1))
			.andExpect(jsonPath("$.goals[1].state").value("ON_TRACK"));
		mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=2016-02-01").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.goals[1].actual").value(2))
			.andExpect(jsonPath("$.goals[1].state").value("NOT_MET"))
			.andExpect(jsonPath("$.goals[1].description")
				.value("By 2015-12-31, at least 30% of Provincial parks are at least “Implementing”"));
	}

	@Test
	@Order(5)
	void theCityCreatesAndEditsGoalSets() throws Exception {
		String national = """
				{"nameZh":"国家园区循环化改造目标（示例）","nameEn":"National goals (example)","goals":[
				 {"kind":"SHARE_AT_LEAST","deadline":"2020-12-31","level":"NATIONAL","minStatus":"IMPLEMENTING","percent":75},
				 {"kind":"SHARE_AT_LEAST","deadline":"2020-12-31","level":"PROVINCIAL","minStatus":"IMPLEMENTING","percent":50}]}""";
		String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/programme/goal-sets").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(national)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")
			.toString();
		mvc.perform(get("/api/v1/programme/goal-sets/" + id + "/evaluation?asOf=2016-06-30"))
			.andExpect(jsonPath("$.goals", hasSize(2)))
			.andExpect(jsonPath("$.goals[0].required").value(2))
			.andExpect(jsonPath("$.goals[1].required").value(5))
			.andExpect(jsonPath("$.goals[1].actual").value(3));
		mvc.perform(put("/api/v1/programme/goal-sets/" + id).header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameZh":"国家园区循环化改造目标（示例）","goals":[
					 {"kind":"DESIGNATION_COUNT","deadline":"2020-12-31","designation":"NATIONAL_DEMO","minCount":1}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals", hasSize(1)))
			.andExpect(jsonPath("$.goals[0].description").value("2020-12-31前，累计至少1个园区获得“国家级示范园区”或更高称号"));
		mvc.perform(put("/api/v1/programme/goal-sets/" + id).header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nameZh":"坏目标","goals":[{"kind":"SHARE_AT_LEAST","deadline":"2020-12-31","minStatus":"IMPLEMENTING","percent":150},
					 {"kind":"DESIGNATION_COUNT","deadline":"2020-12-31","designation":"NONE","minCount":3,"maxCount":2}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("goals[0].percent", "goals[1].designation", "goals[1].maxCount")))
			.andExpect(jsonPath("$.errors[0].message").value("第1个目标的比例（%）：比例必须大于0且不超过100，而不是150"));
		mvc.perform(get("/api/v1/programme/goal-sets/" + id)).andExpect(jsonPath("$.nameZh").value("国家园区循环化改造目标（示例）"));
		mvc.perform(post("/api/v1/programme/goal-sets").contentType(MediaType.APPLICATION_JSON).content(national))
			.andExpect(status().isUnauthorized());
	}
}
