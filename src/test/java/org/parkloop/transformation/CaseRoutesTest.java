package org.parkloop.transformation;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case of R14-R17 walked to its end on each route, with history entered in date order: the ordinary route (a
 * consultancy's user drafts, the park submits, three experts review, CITY approves; an indicator at 89.99 % keeps
 * the park from applying until an amendment is approved; CITY accepts), the provincial route (the province rejects
 * and then approves a revision; a late project keeps the park from applying; the city's preliminary and the
 * province's final acceptance) and the national route (only after the provincial designation; the state's
 * designation leaves the park implementing; a failed final acceptance and a second application). On a database of
 * its own, so that the goal counts are exact.
 */
@TestPropertySource(properties = "parkloop.test.database=case-routes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseRoutesTest extends IntegrationTest {

	static final String PW = "Case-routes-pw-2026";
	static final String ORDINARY = "zj-yongjia-ip";
	static final String PROVINCIAL = "zj-ouhai-eda";
	static final String NATIONAL = "wz-etdz";
	static final String CONSULTANCY = CreditCode.complete("91330300MA2CRT01");
	static final String OTHER_CONSULTANCY = CreditCode.complete("91330300MA2CRT02");
	static final String[][] OWNERS = { { ORDINARY, CreditCode.complete("91330324MA2CRT03") },
			{ PROVINCIAL, CreditCode.complete("91330304MA2CRT04") }, { NATIONAL, CreditCode.complete("91330301MA2CRT05") } };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.parkloop.platform.Inbox inbox;

	/** The links in the user's inbox. */
	List<String> inboxOf(String username, org.parkloop.shared.Role role, String scope) {
		var caller = new org.parkloop.shared.Caller(username, java.util.Set.of(new org.parkloop.shared.Grant(role, scope)));
		return org.parkloop.platform.CurrentCaller.as(caller, () -> inbox.itemsFor(caller)).stream()
			.map(org.parkloop.platform.InboxItem::url).toList();
	}

	@BeforeAll
	void registry() throws Exception {
		for (String[] c : new String[][] { { CONSULTANCY, "路线测试规划院" }, { OTHER_CONSULTANCY, "路线测试另一家" } }) {
			send(post("/api/v1/consultancies"), admin(), """
					{"creditCode":"%s","name":"%s","grade":"A","certificateNumber":"工咨甲%s","certificateValidUntil":"2030-12-31"}"""
				.formatted(c[0], c[1], c[0].substring(10, 14))).andExpect(status().isCreated());
		}
		for (String[] o : OWNERS) {
			send(post("/api/v1/enterprises"), admin(), """
					{"creditCode":"%s","name":"路线测试业主%s","parkCode":"%s","industryCode":"44","size":"LARGE"}"""
				.formatted(o[1], o[0], o[0])).andExpect(status().isCreated());
		}
		jdbc.sql("update enterprise set registered_on = '2013-01-01' where name like '路线测试业主%'").update();
		String[][] users = { { "cr-ord", "PARK:" + ORDINARY }, { "cr-prov", "PARK:" + PROVINCIAL },
				{ "cr-nat", "PARK:" + NATIONAL }, { "cr-e-ord", "ENTERPRISE:" + OWNERS[0][1] },
				{ "cr-e-prov", "ENTERPRISE:" + OWNERS[1][1] }, { "cr-e-nat", "ENTERPRISE:" + OWNERS[2][1] },
				{ "cr-consultant", "CONSULTANT:" + ORDINARY }, { "cr-stranger", "CONSULTANT:" + ORDINARY },
				{ "cr-x1", "EXPERT" }, { "cr-x2", "EXPERT" }, { "cr-x3", "EXPERT" }, { "cr-x4", "EXPERT" } };
		for (String[] u : users) {
			send(post("/api/v1/users"), admin(), "{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}"
				.formatted(u[0], PW, u[1])).andExpect(status().isCreated());
		}
		for (String x : new String[] { "cr-x1", "cr-x2", "cr-x3" }) {
			send(put("/api/v1/experts/" + x), admin(), "{\"affiliationCreditCode\":null,\"speciality\":\"循环经济\"}")
				.andExpect(status().isOk());
		}
		send(put("/api/v1/experts/cr-x4"), admin(), "{\"affiliationCreditCode\":\"%s\",\"speciality\":\"规划\"}"
			.formatted(CONSULTANCY)).andExpect(status().isOk());
		send(put("/api/v1/consultancies/" + CONSULTANCY + "/members/cr-consultant"), admin(), null).andExpect(status().isOk());
		send(put("/api/v1/consultancies/" + OTHER_CONSULTANCY + "/members/cr-stranger"), admin(), null)
			.andExpect(status().isOk());
		send(put("/api/v1/consultancies/" + CONSULTANCY + "/members/cr-x1"), admin(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, PW);
	}

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	static String plan(String route, String target, String projects, String date) {
		return """
				{"route":"%s","baseYear":2013,"startYear":2014,"endYear":2017,"date":"%s",
				 "targets":[{"code":"ENERGY_INTENSITY","baseline":0.6,"target":%s}],"projects":[%s],
				 "sections":{"tasks":"园区循环化改造主要任务"}}""".formatted(route, date, target, projects);
	}

	ResultActions act(long plan, String action, RequestPostProcessor who, String json) throws Exception {
		return send(post("/api/v1/plans/" + plan + "/" + action), who, json);
	}

	void expertReview(long plan, String approvedOn, String number) throws Exception {
		act(plan, "experts", admin(), "{\"experts\":[\"cr-x1\",\"cr-x2\",\"cr-x3\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		for (String x : new String[] { "cr-x1", "cr-x2", "cr-x3" }) {
			act(plan, "reviews", as(x), "{\"score\":88,\"opinion\":\"方案可行\"}").andExpect(status().isOk());
		}
		act(plan, "review-conclusion", admin(), "{\"opinion\":\"专家组同意\"}").andExpect(status().isOk());
		act(plan, "approve", admin(), "{\"date\":\"%s\",\"documentNumber\":\"%s\"}".formatted(approvedOn, number))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	/** The owner reports 2017: value added 1,000 万元 and 500 tce, an energy intensity of 0.5 tce per 万元. */
	void data2017(String park, String owner, String enterpriseUser, String parkUser) throws Exception {
		long id = id(send(post("/api/v1/submissions"), as(enterpriseUser), """
				{"creditCode":"%s","year":2017,"values":[{"item":"value_added","value":1000,"unit":"万元"},
				 {"item":"energy_consumption","value":500,"unit":"tce"}]}""".formatted(owner)).andExpect(status().isCreated()));
		send(post("/api/v1/submissions/" + id + "/submit"), as(enterpriseUser), null).andExpect(status().isOk());
		send(post("/api/v1/submissions/" + id + "/accept"), as(parkUser), null).andExpect(status().isOk());
	}

	ResultActions apply(String park, String user, String date) throws Exception {
		return send(post("/api/v1/parks/" + park + "/acceptance-applications"), as(user),
				"{\"year\":2017,\"date\":\"" + date + "\"}");
	}

	ResultActions decide(long application, String stage, String body, String outcome, String grade, String date)
			throws Exception {
		return send(post("/api/v1/acceptance-applications/" + application + "/decisions"), admin(), """
				{"stage":"%s","body":"%s","outcome":"%s","grade":%s,"documentNumber":"验收〔%s〕号","date":"%s",
				 "reasons":%s,"steps":[{"step":"DOCUMENT_REVIEW","date":"%s"},{"step":"SITE_INSPECTION","date":"%s"}]}"""
			.formatted(stage, body, outcome, grade == null ? "null" : "\"" + grade + "\"", date, date,
					outcome.equals("FAILED") ? "\"资源产出率未达标\"" : "null", date, date));
	}

	String caseStatus(String park) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/parks/" + park + "/case").with(admin())).andReturn().getResponse()
			.getContentAsString(), "$.status");
	}

	int goal(int index, String asOf) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=" + asOf)).andReturn()
			.getResponse().getContentAsString(), "$.goals[" + index + "].actual");
	}

	@Test
	void theOrdinaryRoute() throws Exception {
		String owner = OWNERS[0][1];
		send(put("/api/v1/parks/" + ORDINARY + "/consultancy"), as("cr-prov"), "{\"creditCode\":\"%s\"}".formatted(CONSULTANCY))
			.andExpect(status().isForbidden());
		send(put("/api/v1/parks/" + ORDINARY + "/consultancy"), as("cr-ord"),
				"{\"creditCode\":\"%s\",\"date\":\"2014-01-10\"}".formatted(CONSULTANCY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.consultancyName").value("路线测试规划院"));
		String project = """
				{"name":"园区集中供热管网","category":"CHAIN_LINKING","kind":"SHARED_FACILITY","ownerCreditCode":"%s",
				 "investment":50000000,"investmentByYear":{"2015":30000000,"2016":20000000},
				 "effects":{"tceSaved":12000,"co2Avoided":31000},
				 "milestones":[{"name":"开工","plannedDate":"2015-03-01"},{"name":"投运","plannedDate":"2016-12-31"}]}"""
			.formatted(owner);
		// a user of another consultancy may not draft; the engaged one's may, in its own consultancy's name
		send(post("/api/v1/parks/" + ORDINARY + "/plans"), as("cr-stranger"), plan("CITY", "0.44995", project, "2014-03-01"))
			.andExpect(status().isForbidden());
		long r1 = id(send(post("/api/v1/parks/" + ORDINARY + "/plans"), as("cr-consultant"),
				plan("CITY", "0.44995", project, "2014-03-01"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.consultancyCreditCode").value(CONSULTANCY))
			.andExpect(jsonPath("$.projects[0].investmentByYear['2015']").value(30000000))
			.andExpect(jsonPath("$.projects[0].effects.tceSaved").value(12000)));
		assertThat(caseStatus(ORDINARY)).isEqualTo("PLAN_COMPILING");
		act(r1, "submit", as("cr-consultant"), "{\"date\":\"2014-06-01\"}").andExpect(status().isForbidden());
		act(r1, "submit", as("cr-ord"), "{\"date\":\"2014-06-01\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(caseStatus(ORDINARY)).isEqualTo("PLAN_UNDER_REVIEW");
		// an expert of the compiling consultancy is refused, naming the conflict; approval waits for every review
		act(r1, "experts", admin(), "{\"experts\":[\"cr-x1\",\"cr-x2\",\"cr-x4\"]}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0].rule").value("plan.expertOfConsultancy"))
			.andExpect(jsonPath("$.reasons[0].detail", containsString("cr-x4")));
		act(r1, "external-decisions", admin(), """
				{"body":"PROVINCE","documentNumber":"浙发改〔2014〕1号","date":"2014-07-01","outcome":"APPROVED"}""")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.decisionOrdinaryRoute"));
		// each step puts an item in the next actor's inbox
		assertThat(inboxOf("admin", org.parkloop.shared.Role.CITY, null)).contains("/plans/" + r1);
		act(r1, "experts", admin(), "{\"experts\":[\"cr-x1\",\"cr-x2\",\"cr-x3\"]}").andExpect(status().isOk());
		assertThat(inboxOf("cr-x1", org.parkloop.shared.Role.EXPERT, null)).contains("/plans/" + r1);
		act(r1, "reviews", as("cr-x1"), "{\"score\":90,\"opinion\":\"可行\"}").andExpect(status().isOk());
		assertThat(inboxOf("cr-x1", org.parkloop.shared.Role.EXPERT, null)).doesNotContain("/plans/" + r1);
		assertThat(inboxOf("admin", org.parkloop.shared.Role.CITY, null)).doesNotContain("/plans/" + r1);
		act(r1, "review-conclusion", admin(), "{\"opinion\":\"同意\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("plan.reviewsPending"));
		act(r1, "approve", admin(), "{\"date\":\"2014-09-01\",\"documentNumber\":\"温发改〔2014〕9号\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.conclusionMissing"));
		for (String x : new String[] { "cr-x2", "cr-x3" }) {
			act(r1, "reviews", as(x), "{\"score\":85,\"opinion\":\"可行\"}").andExpect(status().isOk());
		}
		act(r1, "review-conclusion", admin(), "{\"opinion\":\"专家组同意\"}").andExpect(status().isOk());
		act(r1, "approve", admin(), "{\"date\":\"2014-05-01\",\"documentNumber\":\"温发改〔2014〕9号\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
		act(r1, "approve", admin(), "{\"date\":\"2014-09-01\",\"documentNumber\":\"温发改〔2014〕9号\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(caseStatus(ORDINARY)).isEqualTo("IMPLEMENTING");
		// after the go-live date, no status is set by hand
		send(post("/api/v1/parks/" + ORDINARY + "/transitions"), admin(), "{\"status\":\"ACCEPTED\",\"effectiveDate\":\"2021-01-01\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("transition.afterGoLive"));

		String caseJson = mvc.perform(get("/api/v1/parks/" + ORDINARY + "/case").with(as("cr-ord")))
			.andReturn().getResponse().getContentAsString();
		long project1 = ((Number) JsonPath.read(caseJson, "$.projects[0].id")).longValue();
		long started = ((Number) JsonPath.read(caseJson, "$.projects[0].milestones[0].id")).longValue();
		long running = ((Number) JsonPath.read(caseJson, "$.projects[0].milestones[1].id")).longValue();
		send(post("/api/v1/projects/" + project1 + "/progress"), as("cr-e-ord"), """
				{"date":"2015-02-25","investment":30000000,"percentComplete":40,"milestonesReached":[{"id":%d,"date":"2015-02-20"}]}"""
			.formatted(started)).andExpect(status().isOk());
		send(post("/api/v1/projects/" + project1 + "/progress"), as("cr-ord"), """
				{"date":"2016-12-25","investment":20000000,"percentComplete":100,"milestonesReached":[{"name":"投运","date":"2016-12-20"}]}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.onSchedule").value(true))
			.andExpect(jsonPath("$.investmentMade").value(50000000));
		data2017(ORDINARY, owner, "cr-e-ord", "cr-ord");

		// 0.44995 ÷ 0.5 = 89.99 %: refused, naming the indicator and its completion
		apply(ORDINARY, "cr-e-ord", "2018-01-15").andExpect(status().isForbidden());
		apply(ORDINARY, "cr-ord", "2018-01-15").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0].kind").value("INDICATOR"))
			.andExpect(jsonPath("$.reasons[0].ref").value("ENERGY_INTENSITY"))
			.andExpect(jsonPath("$.reasons[0].detail", containsString("89.99")));

		// the amendment: a new revision keeps the projects' and milestones' ids; the approved one stays in force
		act(r1, "revise", as("cr-stranger"), null).andExpect(status().isForbidden());
		long r2 = id(act(r1, "revise", as("cr-consultant"), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.amends").value(r1)));
		String amended = plan("CITY", "0.45", project.replace("{\"name\":\"园区集中供热管网\"", "{\"id\":" + project1
				+ ",\"name\":\"园区集中供热管网\"").replace("{\"name\":\"开工\"", "{\"id\":" + started + ",\"name\":\"开工\"")
				.replace("{\"name\":\"投运\"", "{\"id\":" + running + ",\"name\":\"投运\""),
				"2018-01-20").replace("{\"route\"", "{\"version\":0,\"route\"");
		send(put("/api/v1/plans/" + r2), as("cr-consultant"), amended.replace("{\"id\":" + started + ",\"name\":\"开工\"", "{\"id\":99999999,\"name\":\"开工\""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("projects[0].milestones[0].id"));
		send(put("/api/v1/plans/" + r2), as("cr-consultant"), amended).andExpect(status().isOk())
			.andExpect(jsonPath("$.projects[0].id").value(project1))
			.andExpect(jsonPath("$.projects[0].milestones[0].id").value(started));
		mvc.perform(get("/api/v1/plans/" + r2 + "/diff").with(as("cr-ord"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[0].change").value("CHANGED"))
			.andExpect(jsonPath("$.targets[0].fields[0].field").value("target"))
			.andExpect(jsonPath("$.projects.length()").value(0));
		act(r2, "submit", as("cr-ord"), "{\"date\":\"2018-02-01\"}").andExpect(status().isOk());
		assertThat(caseStatus(ORDINARY)).isEqualTo("IMPLEMENTING");
		expertReview(r2, "2018-03-01", "温发改〔2018〕3号");
		mvc.perform(get("/api/v1/plans/" + r1).with(as("cr-ord"))).andExpect(jsonPath("$.status").value("SUPERSEDED"));
		mvc.perform(get("/api/v1/parks/" + ORDINARY + "/targets").with(as("cr-ord")))
			.andExpect(jsonPath("$.indicators[0].target").value(0.45));
		assertThat(caseStatus(ORDINARY)).isEqualTo("IMPLEMENTING");

		long application = id(apply(ORDINARY, "cr-ord", "2018-03-10").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.test.passed").value(true)));
		assertThat(inboxOf("admin", org.parkloop.shared.Role.CITY, null)).contains("/parks/" + ORDINARY + "/case");
		apply(ORDINARY, "cr-ord", "2018-03-11").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.open"));
		// an ordinary park: the city accepts (no preliminary stage), not the province
		decide(application, "FINAL", "PROVINCE", "PASSED", "GOOD", "2018-06-01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.wrongBody"));
		decide(application, "PRELIMINARY", "CITY", "PASSED", null, "2018-06-01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.outOfOrder"));
		decide(application, "FINAL", "CITY", "PASSED", null, "2018-06-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grade"));
		send(post("/api/v1/acceptance-applications/" + application + "/decisions"), as("cr-ord"), "{}")
			.andExpect(status().isForbidden());
		decide(application, "FINAL", "CITY", "PASSED", "GOOD", "2018-06-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decisions[0].grade").value("GOOD"))
			.andExpect(jsonPath("$.decisions[0].steps[1].step").value("SITE_INSPECTION"));
		mvc.perform(get("/api/v1/parks/" + ORDINARY + "/case").with(as("cr-ord")))
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[-1:].effectiveDate", hasItem("2018-06-01")))
			.andExpect(jsonPath("$.applications[0].status").value("ACCEPTED"));
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result
			.MockMvcResultMatchers.content().string(containsString("已验收")));
	}

	@Test
	void aPlansDocumentsAreCheckedByContentAndKeptWithTheirChecksum() throws Exception {
		String park = "zj-ruian-eda";
		send(post("/api/v1/users"), admin(), "{\"username\":\"cr-ruian\",\"password\":\"%s\",\"grants\":[\"PARK:%s\"]}"
			.formatted(PW, park)).andExpect(status().isCreated());
		// the plan rests on the park's material flow model of its base year, which cannot be deleted while it does
		long model = id(send(post("/api/v1/parks/" + park + "/models"), admin(), """
				{"name":"瑞安基准年模型","year":2013,"scenario":"基准","document":{"processes":[{"id":"P","name":"园区"}],
				 "flows":[{"id":"F1","from":null,"to":"P","value":10,"sigma":1},{"id":"F2","from":"P","to":null,"value":9}]}}""")
			.andExpect(status().isCreated()));
		String withModel = plan("CITY", "0.45", "", "2014-02-01").replace("{\"route\"",
				"{\"consultancyCreditCode\":\"" + CONSULTANCY + "\",\"modelId\":%d,\"route\"");
		send(post("/api/v1/parks/" + park + "/plans"), as("cr-ruian"), withModel.formatted(model).replace("\"baseYear\":2013",
				"\"baseYear\":2014")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("modelId"));
		long plan = id(send(post("/api/v1/parks/" + park + "/plans"), as("cr-ruian"), withModel.formatted(model))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.modelId").value(model)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/models/" + model)
			.header("If-Match", "*").with(admin())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("实施方案")));
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
		java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(docx)) {
			for (String entry : new String[] { "[Content_Types].xml", "word/document.xml" }) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry));
				zip.write("<x/>".getBytes());
				zip.closeEntry();
			}
		}
		String uploaded = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/plans/" + plan + "/attachments")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "实施方案.pdf", "application/pdf", pdf))
			.with(as("cr-ruian"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.sha256").value(java.util.HexFormat.of().formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(pdf))))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/plans/" + plan + "/attachments")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "项目表.docx", "application/octet-stream",
					docx.toByteArray()))
			.with(as("cr-ruian"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value(org.hamcrest.Matchers.containsString("wordprocessingml")));
		// a text file named .pdf, and a zip that is no Office document, are refused naming the file
		for (byte[] fake : new byte[][] { "not a pdf".getBytes(), { 'P', 'K', 3, 4, 0, 0 } }) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/plans/" + plan + "/attachments")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "假的.pdf", "application/pdf", fake))
				.with(as("cr-ruian"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}
		long attachment = ((Number) JsonPath.read(uploaded, "$.id")).longValue();
		byte[] back = mvc.perform(get("/api/v1/plans/" + plan + "/attachments/" + attachment).with(admin()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Digest", containsString("sha-256=:")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		mvc.perform(get("/api/v1/plans/" + plan + "/attachments/" + attachment).with(as("cr-prov")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/plans/" + plan + "/attachments").with(as("cr-ruian")))
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void theProvincialRoute() throws Exception {
		String owner = OWNERS[1][1];
		int provincialBefore = goal(2, "2015-12-31");
		String project = """
				{"name":"废塑料再生利用","category":"CHAIN_LINKING","ownerCreditCode":"%s","investment":8000000,
				 "milestones":[{"name":"环评批复","plannedDate":"2015-06-30"},{"name":"投运","plannedDate":"2016-06-30"}]}"""
			.formatted(owner);
		long r1 = id(send(post("/api/v1/parks/" + PROVINCIAL + "/plans"), as("cr-prov"), plan("PROVINCIAL_DEMO", "0.45",
				project, "2014-02-01").replace("{\"route\"", "{\"consultancyCreditCode\":\"" + CONSULTANCY + "\",\"route\""))
			.andExpect(status().isCreated()));
		act(r1, "submit", as("cr-prov"), "{\"date\":\"2014-04-01\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		act(r1, "experts", admin(), "{\"experts\":[\"cr-x1\",\"cr-x2\",\"cr-x3\"]}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("plan.routeProvince"));
		String decision = "{\"body\":\"%s\",\"documentNumber\":\"浙发改〔%s〕号\",\"date\":\"%s\",\"outcome\":\"%s\"}";
		act(r1, "external-decisions", admin(), decision.formatted("NATIONAL", "2014-1", "2014-07-01", "APPROVED"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.decisionWrongBody"));
		act(r1, "external-decisions", as("cr-prov"), decision.formatted("PROVINCE", "2014-1", "2014-07-01", "APPROVED"))
			.andExpect(status().isForbidden());
		act(r1, "external-decisions", admin(), decision.formatted("PROVINCE", "2014-1", "2014-07-01", "REJECTED"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.decisions[0].outcome").value("REJECTED"));
		assertThat(caseStatus(PROVINCIAL)).isEqualTo("PLAN_COMPILING");
		long r2 = id(act(r1, "revise", as("cr-prov"), null).andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/plans/" + r1).with(as("cr-prov"))).andExpect(jsonPath("$.status").value("SUPERSEDED"));
		act(r2, "submit", as("cr-prov"), "{\"date\":\"2014-09-01\"}").andExpect(status().isOk());
		act(r2, "external-decisions", admin(), decision.formatted("PROVINCE", "2014-9", "2014-12-01", "APPROVED"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/v1/parks/" + PROVINCIAL + "/case").with(admin()))
			.andExpect(jsonPath("$.status").value("IMPLEMENTING"))
			.andExpect(jsonPath("$.designation").value("PROVINCIAL_DEMO"));
		assertThat(goal(2, "2015-12-31")).isEqualTo(provincialBefore + 1);

		String caseJson = mvc.perform(get("/api/v1/parks/" + PROVINCIAL + "/case").with(admin())).andReturn().getResponse()
			.getContentAsString();
		long project1 = ((Number) JsonPath.read(caseJson, "$.projects[0].id")).longValue();
		send(post("/api/v1/projects/" + project1 + "/progress"), as("cr-e-prov"), """
				{"date":"2016-06-25","milestonesReached":[{"name":"投运","date":"2016-06-20"}]}""").andExpect(status().isOk());
		data2017(PROVINCIAL, owner, "cr-e-prov", "cr-prov");
		// the permit due in 2015 was never reported: refused, naming the project and the milestone missed
		apply(PROVINCIAL, "cr-prov", "2018-01-15").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0].kind").value("PROJECT"))
			.andExpect(jsonPath("$.reasons[0].ref").value(String.valueOf(project1)))
			.andExpect(jsonPath("$.reasons[0].detail", containsString("环评批复")));
		send(post("/api/v1/projects/" + project1 + "/progress"), as("cr-e-prov"), """
				{"date":"2018-01-20","milestonesReached":[{"name":"环评批复","date":"2015-08-01"}]}""").andExpect(status().isOk());
		long application = id(apply(PROVINCIAL, "cr-prov", "2018-01-25").andExpect(status().isCreated()));
		decide(application, "FINAL", "PROVINCE", "PASSED", "EXCELLENT", "2018-03-01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.outOfOrder"));
		decide(application, "PRELIMINARY", "PROVINCE", "PASSED", null, "2018-03-01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.wrongBody"));
		decide(application, "PRELIMINARY", "CITY", "PASSED", null, "2018-03-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PRELIMINARY_PASSED"));
		assertThat(caseStatus(PROVINCIAL)).isEqualTo("IMPLEMENTING");
		decide(application, "FINAL", "PROVINCE", "PASSED", "EXCELLENT", "2018-02-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("date")));
		decide(application, "FINAL", "PROVINCE", "PASSED", "EXCELLENT", "2018-06-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(caseStatus(PROVINCIAL)).isEqualTo("ACCEPTED");
	}

	@Test
	void theNationalRoute() throws Exception {
		String owner = OWNERS[2][1];
		assertThat(goal(6, "2017-12-31")).isZero();
		send(post("/api/v1/parks/" + NATIONAL + "/plans"), as("cr-nat"), plan("NATIONAL_DEMO", "0.45", "", "2014-02-01")
			.replace("{\"route\"", "{\"consultancyCreditCode\":\"" + CONSULTANCY + "\",\"route\""))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.nationalNeedsProvincial"));
		long r1 = id(send(post("/api/v1/parks/" + NATIONAL + "/plans"), as("cr-nat"), plan("PROVINCIAL_DEMO", "0.45", "",
				"2014-02-01").replace("{\"route\"", "{\"consultancyCreditCode\":\"" + CONSULTANCY + "\",\"route\""))
			.andExpect(status().isCreated()));
		act(r1, "submit", as("cr-nat"), "{\"date\":\"2014-03-01\"}").andExpect(status().isOk());
		String decision = "{\"body\":\"%s\",\"documentNumber\":\"%s\",\"date\":\"%s\",\"outcome\":\"%s\"}";
		act(r1, "external-decisions", admin(), decision.formatted("PROVINCE", "浙发改〔2014〕6号", "2014-06-01", "APPROVED"))
			.andExpect(status().isOk());
		long r2 = id(act(r1, "revise", as("cr-nat"), null).andExpect(status().isCreated()));
		send(put("/api/v1/plans/" + r2), as("cr-nat"), plan("NATIONAL_DEMO", "0.44", "", "2015-01-01")
			.replace("{\"route\"", "{\"version\":0,\"route\"")).andExpect(status().isOk())
			.andExpect(jsonPath("$.route").value("NATIONAL_DEMO"));
		// history is entered in order: a step dated before the last one recorded is refused
		act(r2, "submit", as("cr-nat"), "{\"date\":\"2014-05-01\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("transition.beforePrevious"));
		act(r2, "submit", as("cr-nat"), "{\"date\":\"2015-03-01\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		assertThat(caseStatus(NATIONAL)).isEqualTo("IMPLEMENTING");
		act(r2, "external-decisions", admin(), decision.formatted("PROVINCE", "浙发改〔2015〕1号", "2015-09-01", "APPROVED"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("plan.decisionWrongBody"));
		act(r2, "external-decisions", admin(), decision.formatted("NATIONAL", "发改环资〔2015〕2号", "2015-09-01", "APPROVED"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get("/api/v1/parks/" + NATIONAL + "/case").with(admin()))
			.andExpect(jsonPath("$.status").value("IMPLEMENTING"))
			.andExpect(jsonPath("$.designation").value("NATIONAL_DEMO"))
			.andExpect(jsonPath("$.planInForce.id").value(r2))
			.andExpect(jsonPath("$.plans").doesNotExist());
		mvc.perform(get("/api/v1/plans/" + r1).with(admin())).andExpect(jsonPath("$.status").value("SUPERSEDED"));
		assertThat(goal(6, "2017-12-31")).isEqualTo(1);
		assertThat((String) JsonPath.read(mvc.perform(get("/api/v1/programme/goal-sets/1/evaluation?asOf=2017-12-31"))
			.andReturn().getResponse().getContentAsString(), "$.goals[6].state")).isEqualTo("MET");

		// 0.44 ÷ 0.5 = 88 %: the national target is stricter; the state fails the park, which implements on and applies again
		data2017(NATIONAL, owner, "cr-e-nat", "cr-nat");
		apply(NATIONAL, "cr-nat", "2018-01-15").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0].detail", containsString("88.00")));
		long r3 = id(act(r2, "revise", as("cr-nat"), null).andExpect(status().isCreated()));
		send(put("/api/v1/plans/" + r3), as("cr-nat"), plan("NATIONAL_DEMO", "0.45", "", "2018-01-16")
			.replace("{\"route\"", "{\"version\":0,\"route\"")).andExpect(status().isOk());
		act(r3, "submit", as("cr-nat"), "{\"date\":\"2018-01-20\"}").andExpect(status().isOk());
		act(r3, "external-decisions", admin(), decision.formatted("NATIONAL", "发改环资〔2018〕1号", "2018-02-01", "REJECTED"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
		mvc.perform(get("/api/v1/parks/" + NATIONAL + "/case").with(admin()))
			.andExpect(jsonPath("$.planInForce.id").value(r2)).andExpect(jsonPath("$.designation").value("NATIONAL_DEMO"));
		long r4 = id(act(r2, "revise", as("cr-nat"), null).andExpect(status().isCreated()));
		send(put("/api/v1/plans/" + r4), as("cr-nat"), plan("NATIONAL_DEMO", "0.45", "", "2018-02-02")
			.replace("{\"route\"", "{\"version\":0,\"route\"")).andExpect(status().isOk());
		act(r4, "submit", as("cr-nat"), "{\"date\":\"2018-02-05\"}").andExpect(status().isOk());
		act(r4, "external-decisions", admin(), decision.formatted("NATIONAL", "发改环资〔2018〕2号", "2018-03-01", "APPROVED"))
			.andExpect(status().isOk());
		long first = id(apply(NATIONAL, "cr-nat", "2018-03-05").andExpect(status().isCreated()));
		decide(first, "PRELIMINARY", "CITY", "PASSED", null, "2018-04-01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.wrongBody"));
		decide(first, "PRELIMINARY", "PROVINCE", "PASSED", null, "2018-04-01").andExpect(status().isOk());
		decide(first, "FINAL", "NATIONAL", "FAILED", null, "2018-06-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.decisions[1].reasons").value("资源产出率未达标"));
		decide(first, "FINAL", "NATIONAL", "PASSED", "PASS", "2018-06-02").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("acceptance.decided"));
		assertThat(caseStatus(NATIONAL)).isEqualTo("IMPLEMENTING");
		long second = id(apply(NATIONAL, "cr-nat", "2018-09-01").andExpect(status().isCreated()));
		decide(second, "PRELIMINARY", "PROVINCE", "PASSED", null, "2018-10-01").andExpect(status().isOk());
		decide(second, "FINAL", "NATIONAL", "PASSED", "EXCELLENT", "2018-12-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		List<String> statuses = JsonPath.read(mvc.perform(get("/api/v1/parks/" + NATIONAL + "/case").with(admin()))
			.andReturn().getResponse().getContentAsString(), "$.timeline[*].status");
		assertThat(statuses).containsExactly("PLAN_COMPILING", "PLAN_UNDER_REVIEW", "IMPLEMENTING", "IMPLEMENTING",
				"ACCEPTED");
	}
}
