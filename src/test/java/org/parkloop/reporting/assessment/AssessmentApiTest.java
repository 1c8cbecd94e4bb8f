package org.parkloop.reporting.assessment;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R18 end to end: a county of two parks scored by the default 100-point scheme from the platform's data, by hand:
 * park A implementing (¾ of the case's 20 points), park B compiling its plan (¼), neither with a plan in force nor
 * targets, no deal, no boiler; the county's report of the year submitted on time; the city gives 7.5 of 10. The
 * scheme's checks, entered scores with reasons, publication only when complete, the frozen result, the public's
 * view and the exports.
 */
class AssessmentApiTest extends IntegrationTest {

	static final String COUNTY = "考核测试县";
	/** A year whose deadline is still ahead (today's report of it is on time) and at whose end both parks exist. */
	static final int YEAR = LocalDate.now().getYear() + 1;

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	void park(String code, String name, String... steps) throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"%s","nameEn":"%s","level":"PROVINCIAL","administeredBy":"%s","establishedOn":"2010-01-01"}"""
			.formatted(code, name, code, COUNTY)).andExpect(status().isCreated());
		for (int i = 0; i < steps.length; i++) {
			send(post("/api/v1/parks/" + code + "/transitions"), admin(),
					"{\"status\":\"%s\",\"effectiveDate\":\"201%d-03-01\"}".formatted(steps[i], 5 + i))
				.andExpect(status().isCreated());
		}
	}

	@Test
	void theDefaultSchemeScoresAHandComputedCounty() throws Exception {
		park("as-a", "考核测试甲园区", "PLAN_COMPILING", "PLAN_UNDER_REVIEW", "IMPLEMENTING");
		park("as-b", "考核测试乙园区", "PLAN_COMPILING");
		String report = send(post("/api/v1/reports"), admin(), "{\"unit\":\"%s\",\"year\":%d}".formatted(COUNTY, YEAR))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		send(post("/api/v1/reports/" + JsonPath.read(report, "$.id") + "/submit"), admin(), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(false));

		// the scheme's checks
		send(post("/api/v1/assessments/schemes"), admin(), """
				{"name":"x","year":%d,"criteria":[{"code":"A","nameZh":"甲","weight":90,"source":"COMPUTED","metric":"CASE_PROGRESS"}]}"""
			.formatted(YEAR)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("criteria"));
		send(post("/api/v1/assessments/schemes"), admin(), """
				{"name":"x","year":%d,"criteria":[{"code":"A","nameZh":"甲","weight":100,"source":"COMPUTED","metric":"LUCK"}]}"""
			.formatted(YEAR)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("criteria[0].metric"));
		send(post("/api/v1/assessments/schemes"), httpBasicCounty(), "{\"name\":\"x\",\"year\":2020}")
			.andExpect(status().isUnauthorized());

		// the default scheme
		String created = send(post("/api/v1/assessments/schemes"), admin(),
				"{\"name\":\"%d年度考核\",\"year\":%d}".formatted(YEAR, YEAR))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.criteria.length()").value(8))
			.andExpect(jsonPath("$.grades[0].nameZh").value("优秀"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String scheme = "/api/v1/assessments/schemes/" + id;
		send(put(scheme + "/scores/" + COUNTY + "/WORK"), admin(), "{\"score\":7.5,\"comment\":\"x\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("assessment.notRun"));

		String run = send(post(scheme + "/run"), admin(), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCORED")).andReturn().getResponse().getContentAsString();
		String county = "$.results[?(@.unit == '" + COUNTY + "')]";
		// 20 × (¾ + ¼) / 2, 0, 0, 0, 10 (report on time), 0 (no deal), 5 (no boiler due)
		assertThat(JsonPath.<List<Object>>read(run, county + ".lines[*].score").stream().map(String::valueOf).toList())
			.containsExactly("10.0", "0.0", "0.0", "0.0", "10.0", "0.0", "5.0", "null");
		assertThat(JsonPath.<List<Object>>read(run, county + ".total")).containsExactly(25.0);
		assertThat(JsonPath.<List<Object>>read(run, county + ".complete")).containsExactly(false);
		assertThat(JsonPath.<List<Object>>read(run, "$.results[?(@.unit == 'as-a')].total")).containsExactly(30.0);

		// entered scores: a reason, within the weight, only for entered criteria of assessed units
		send(put(scheme + "/scores/" + COUNTY + "/WORK"), admin(), "{\"score\":7.5}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		send(put(scheme + "/scores/" + COUNTY + "/WORK"), admin(), "{\"score\":10.5,\"comment\":\"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("score"));
		send(put(scheme + "/scores/" + COUNTY + "/CASE"), admin(), "{\"score\":5,\"comment\":\"x\"}")
			.andExpect(status().isNotFound());
		send(put(scheme + "/scores/nowhere/WORK"), admin(), "{\"score\":5,\"comment\":\"x\"}").andExpect(status().isNotFound());
		send(post(scheme + "/publish"), admin(), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("assessment.missingScores"));

		String scored = send(put(scheme + "/scores/" + COUNTY + "/WORK"), admin(), "{\"score\":7.5,\"comment\":\"机制健全，推进有力\"}")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Object>>read(scored, county + ".total")).containsExactly(32.5);
		assertThat(JsonPath.<List<Object>>read(scored, county + ".grade")).containsExactly("FAIL");
		assertThat(JsonPath.<List<Object>>read(scored, "$.criticised[?(@.unit == '" + COUNTY + "')].shortOf[*]"))
			.containsExactly("CASE", "PROJECTS", "INDICATORS", "GOALS", "EXCHANGE");
		// every other unit gets the city's score too, then the result may be published
		for (Object unit : JsonPath.<List<Object>>read(scored, "$.results[?(@.complete == false)].unit")) {
			send(put(scheme + "/scores/" + unit + "/WORK"), admin(), "{\"score\":9,\"comment\":\"按期推进\"}")
				.andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/assessments").param("year", "" + YEAR)).andExpect(jsonPath("$", empty()));
		send(post(scheme + "/publish"), admin(), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.results[?(@.unit == 'as-a')].total").value(contains(39.0)));

		// frozen, and public
		send(post(scheme + "/run"), admin(), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("assessment.frozen"));
		send(put(scheme + "/scores/" + COUNTY + "/WORK"), admin(), "{\"score\":10,\"comment\":\"x\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("assessment.frozen"));
		mvc.perform(get("/api/v1/assessments").param("year", "" + YEAR)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].results[?(@.unit == '" + COUNTY + "')].total").value(contains(32.5)));
		mvc.perform(get("/public")).andExpect(status().isOk()).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.containsString(COUNTY)));

		byte[] pdf = mvc.perform(get(scheme + ".pdf")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains(COUNTY).contains("考核测试甲园区").contains("不合格").contains("文号");
		}
		byte[] xlsx = mvc.perform(get(scheme + ".xlsx")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			List<String> rows = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
				.mapToObj(i -> sheet.getRow(i).getCell(1).getStringCellValue() + "|" + sheet.getRow(i).getCell(2).getStringCellValue()
						+ "|" + sheet.getRow(i).getCell(4).toString())
				.toList();
			assertThat(rows).contains(COUNTY + "|总分|32.5", COUNTY + "|组织保障与工作创新（市里评定）|7.5");
		}
	}

	static RequestPostProcessor httpBasicCounty() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("nobody",
				"nothing");
	}
}
