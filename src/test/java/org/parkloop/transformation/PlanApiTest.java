package org.parkloop.transformation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans (R14): drafted by the park, which records PLAN_COMPILING; submitted by the park only with a consultancy of
 * 乙级 or above whose certificate is valid on the day, which records PLAN_UNDER_REVIEW.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanApiTest extends IntegrationTest {

	static final String PW = "Plan-test-pw-2026";
	static final String PARK = "zj-cangnan-ip";
	static final String GRADE_B = CreditCode.complete("91330300MA2PLN01");
	static final String GRADE_C = CreditCode.complete("91330300MA2PLN02");
	static final String EXPIRED = CreditCode.complete("91330300MA2PLN03");
	static final String OWNER = CreditCode.complete("91330327MA2PLN04");
	static final String TODAY = java.time.LocalDate.now().toString();
	static final String PINGYANG_OWNER = CreditCode.complete("91330326MA2PLN05");

	@BeforeAll
	void consultanciesAndUsers() throws Exception {
		consultancy(GRADE_B, "方案测试乙级咨询", "B", "2030-12-31");
		consultancy(GRADE_C, "方案测试丙级咨询", "C", "2030-12-31");
		consultancy(EXPIRED, "方案测试过期咨询", "A", "2015-03-31");
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"方案测试业主企业","parkCode":"%s","industryCode":"44","size":"LARGE"}"""
			.formatted(OWNER, PARK))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"方案测试平阳业主","parkCode":"zj-pingyang-eda","industryCode":"44","size":"LARGE"}"""
			.formatted(PINGYANG_OWNER))).andExpect(status().isCreated());
		for (String[] u : new String[][] { { "plan-park", "PARK:" + PARK }, { "plan-other", "PARK:zj-ruian-eda" },
				{ "plan-owner", "ENTERPRISE:" + PINGYANG_OWNER },
				{ "plan-pingyang", "PARK:zj-pingyang-eda" },
				{ "plan-enterprise", "ENTERPRISE:" + OWNER } }) {
			mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}".formatted(u[0], PW, u[1])))
				.andExpect(status().isCreated());
		}
	}

	private void consultancy(String code, String name, String grade, String until) throws Exception {
		mvc.perform(post("/api/v1/consultancies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"%s","grade":"%s","certificateNumber":"工咨%s","certificateValidUntil":"%s"}"""
			.formatted(code, name, grade, grade, until))).andExpect(status().isCreated());
	}

	private static RequestPostProcessor as(String user) {
		return httpBasic(user, PW);
	}

	private ResultActions draft(RequestPostProcessor who, String consultancy) throws Exception {
		return mvc.perform(post("/api/v1/parks/" + PARK + "/plans").with(who).contentType(MediaType.APPLICATION_JSON).content("""
				{"consultancyCreditCode":"%s","route":"CITY","baseYear":2013,"startYear":2014,"endYear":2017,
				 "targets":[{"code":"SOLID_WASTE_UTILISATION_RATE","baseline":80,"target":95}],
				 "projects":[{"name":"余热集中供汽管网","category":"CHAIN_LINKING","kind":"ENERGY_CASCADE","ownerCreditCode":"%s",
				   "investment":120000000.50,"milestones":[{"name":"开工","plannedDate":"2014-10-01"},
				   {"name":"投运","plannedDate":"2015-12-31"}]}],
				 "sections":{"tasks":"建设热电联产集中供热"}}""".formatted(consultancy, OWNER)));
	}

	private ResultActions submit(long id, RequestPostProcessor who, String date) throws Exception {
		return mvc.perform(post("/api/v1/plans/" + id + "/submit").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + date + "\"}"));
	}

	@Test
	void aPlanIsDraftedByTheParkAndSubmittedOnlyWithAQualifiedConsultancy() throws Exception {
		draft(as("plan-other"), GRADE_C).andExpect(status().isForbidden());
		draft(as("plan-enterprise"), GRADE_C).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/parks/" + PARK + "/plans").with(as("plan-park")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"consultancyCreditCode":"x","route":"SOMEWHERE","baseYear":2016,"startYear":2012,"endYear":2019,
					 "projects":[{"name":"p","category":"OTHER","investment":-1,"milestones":[{"name":"m"}]},
					   {"name":"q","category":"CHAIN_LINKING","kind":"WIND","investment":1,"milestones":[]}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("consultancyCreditCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("route")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("startYear")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("endYear")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("projects[0].category")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("projects[0].investment")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("projects[0].milestones[0]")))
			// R19's sub-kinds belong to their category: wind is new energy, not chain-linking
			.andExpect(jsonPath("$.errors[*].field", hasItem("projects[1].kind")));
		String body = draft(as("plan-park"), GRADE_C).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.projects[0].investment").value(120000000.50))
			.andExpect(jsonPath("$.projects[0].milestones[1].name").value("投运"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("/api/v1/parks/" + PARK + "/status").with(admin()))
			.andExpect(jsonPath("$.status").value("PLAN_COMPILING"));
		draft(as("plan-park"), GRADE_B).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.open"));
		mvc.perform(get("/api/v1/plans/" + id).with(as("plan-other"))).andExpect(status().isForbidden());
		submit(id, admin(), TODAY).andExpect(status().isForbidden());
		// grade C: refused, citing R14
		submit(id, as("plan-park"), TODAY).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("plan.consultancyGrade"))
			.andExpect(jsonPath("$.reasons[0].ref").value("R14"));
		mvc.perform(get("/api/v1/plans/" + id).with(as("plan-park"))).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void anExpiredCertificateIsRefusedAndAValidOneMovesTheCaseToReview() throws Exception {
		String park = "zj-ruian-eda";
		String body = mvc.perform(post("/api/v1/parks/" + park + "/plans").with(as("plan-other"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"consultancyCreditCode":"%s","route":"PROVINCIAL_DEMO","baseYear":2013,"startYear":2014,"endYear":2016,
					 "targets":[],"projects":[]}""".formatted(EXPIRED)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		submit(id, as("plan-other"), TODAY).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("plan.certificateExpired"));
		mvc.perform(get("/api/v1/parks/" + park + "/status").with(admin()))
			.andExpect(jsonPath("$.status").value("PLAN_COMPILING"));
	}

	@Test
	void aQualifiedConsultancysPlanIsSubmittedAndTheCaseMovesToReview() throws Exception {
		String park = "zj-pingyang-eda";
		String body = mvc.perform(post("/api/v1/parks/" + park + "/plans").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"consultancyCreditCode":"%s","route":"CITY","baseYear":2013,"startYear":2015,"endYear":2017,
					 "targets":[{"code":"SOLID_WASTE_UTILISATION_RATE","baseline":80,"target":95}],
					 "projects":[{"name":"污泥焚烧发电","category":"NEW_ENERGY","ownerCreditCode":"%s","investment":5000000,
					   "milestones":[{"name":"开工","plannedDate":"2015-06-30"},{"name":"投运","plannedDate":"2030-12-31"}]}]}"""
				.formatted(GRADE_B, PINGYANG_OWNER)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		submit(id, as("plan-pingyang"), java.time.LocalDate.now().plusDays(1).toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		submit(id, as("plan-pingyang"), TODAY).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.submittedOn").value(TODAY));
		mvc.perform(get("/api/v1/parks/" + park + "/status").with(admin()))
			.andExpect(jsonPath("$.status").value("PLAN_UNDER_REVIEW"));
		submit(id, as("plan-pingyang"), TODAY).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.notDraft"));

		// the city's review (R15): three experts, none of the consultancy or of the park
		for (String[] e : new String[][] { { "plan-x1", GRADE_C, null }, { "plan-x2", null, "wz-etdz" },
				{ "plan-x3", null, null }, { "plan-x4", GRADE_B, null }, { "plan-x5", null, park } }) {
			mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"EXPERT\"]}".formatted(e[0], PW)))
				.andExpect(status().isCreated());
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/experts/" + e[0])
				.with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"affiliationCreditCode\":%s,\"affiliationParkCode\":%s,\"speciality\":\"循环经济\"}".formatted(
						e[1] == null ? "null" : "\"" + e[1] + "\"", e[2] == null ? "null" : "\"" + e[2] + "\"")))
				.andExpect(status().isOk());
		}
		action(id, "experts", admin(), "{\"experts\":[\"plan-x1\",\"plan-x4\",\"plan-x5\"]}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("plan.expertOfConsultancy")))
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("plan.expertOfPark")));
		action(id, "experts", admin(), "{\"experts\":[\"plan-x1\",\"plan-x2\"]}").andExpect(status().isBadRequest());
		action(id, "experts", as("plan-pingyang"), "{\"experts\":[\"plan-x1\",\"plan-x2\",\"plan-x3\"]}")
			.andExpect(status().isForbidden());
		action(id, "experts", admin(), "{\"experts\":[\"plan-x1\",\"plan-x2\",\"plan-x3\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		action(id, "review-conclusion", admin(), "{\"opinion\":\"同意\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("plan.reviewsPending"));
		action(id, "approve", admin(), "{\"date\":\"%s\",\"documentNumber\":\"温发改〔2026〕1号\"}".formatted(TODAY))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.conclusionMissing"));
		action(id, "reviews", httpBasic("plan-x4", PW), "{\"score\":90,\"opinion\":\"好\"}").andExpect(status().isForbidden());
		for (String x : new String[] { "plan-x1", "plan-x2", "plan-x3" }) {
			action(id, "reviews", httpBasic(x, PW), "{\"score\":85,\"opinion\":\"方案可行\"}").andExpect(status().isOk());
		}
		action(id, "reviews", httpBasic("plan-x1", PW), "{\"score\":80,\"opinion\":\"再评\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("plan.reviewedAlready"));
		action(id, "review-conclusion", admin(), "{\"opinion\":\"专家组同意通过\"}").andExpect(status().isOk());
		action(id, "approve", admin(), "{\"date\":\"%s\",\"documentNumber\":\"温发改〔2026〕1号\"}".formatted(TODAY))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.review.experts[0].score").value(85))
			.andExpect(jsonPath("$.review.documentNumber").value("温发改〔2026〕1号"));
		mvc.perform(get("/api/v1/parks/" + park + "/status").with(admin()))
			.andExpect(jsonPath("$.status").value("IMPLEMENTING"));
		mvc.perform(get("/api/v1/parks/" + park + "/targets").with(admin()))
			.andExpect(jsonPath("$.source").value("PLAN"))
			.andExpect(jsonPath("$.targetYear").value(2017))
			.andExpect(jsonPath("$.indicators[0].code").value("SOLID_WASTE_UTILISATION_RATE"));

		// key projects (R19): late until the milestone due in 2015 is reported reached, by the owner enterprise
		String caseJson = mvc.perform(get("/api/v1/parks/" + park + "/case").with(as("plan-pingyang")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IMPLEMENTING"))
			.andExpect(jsonPath("$.plan.status").value("APPROVED"))
			.andExpect(jsonPath("$.projects[0].onSchedule").value(false))
			.andExpect(jsonPath("$.projectsOnSchedule").value(false))
			.andExpect(jsonPath("$.timeline[*].status", hasItem("PLAN_UNDER_REVIEW")))
			.andReturn().getResponse().getContentAsString();
		long project = ((Number) com.jayway.jsonpath.JsonPath.read(caseJson, "$.projects[0].id")).longValue();
		mvc.perform(get("/api/v1/parks/" + park + "/case").with(as("plan-owner"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects/" + project + "/progress").with(as("plan-park")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + TODAY + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/projects/" + project + "/progress").with(as("plan-owner")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + TODAY + "\",\"milestonesReached\":[{\"name\":\"竣工\",\"date\":\"2015-06-01\"}]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("milestonesReached[0]"));
		mvc.perform(post("/api/v1/projects/" + project + "/progress").with(as("plan-owner")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + TODAY + "\",\"investment\":2500000,\"percentComplete\":50,"
					+ "\"milestonesReached\":[{\"name\":\"开工\",\"date\":\"2015-06-01\"}]}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.onSchedule").value(true))
			.andExpect(jsonPath("$.milestones[0].reachedOn").value("2015-06-01"));
		mvc.perform(get("/api/v1/parks/" + park + "/case").with(admin()))
			.andExpect(jsonPath("$.projectsOnSchedule").value(true));
	}

	private ResultActions action(long id, String action, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(post("/api/v1/plans/" + id + "/" + action).with(who).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}
}
