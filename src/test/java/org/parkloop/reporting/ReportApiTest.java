package org.parkloop.reporting;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R16's annual report on the demo: Ouhai's county unit drafts its 2016 report, whose figures equal the modules' own
 * answers (the case's standing, R17's test, R10's boilers); a section is edited, the report submitted and frozen (a
 * boiler elimination recorded afterwards does not change it), returned by the city and submitted again as a second
 * revision; who may file which report; overdue after the deadline's day, not on it.
 */
@TestPropertySource(properties = "parkloop.test.database=reports")
@AutoConfigureMockMvc
class ReportApiTest extends DemoIntegrationTest {

	static final RequestPostProcessor COUNTY = httpBasic("county-ouhai", DEMO_PASSWORD);
	static final RequestPostProcessor CITY = httpBasic("city", DEMO_PASSWORD);

	@Autowired
	MockMvc mvc;

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	String body(ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aCountyDraftsEditsSubmitsAndTheReportStaysFrozen() throws Exception {
		send(post("/api/v1/reports"), COUNTY, "{\"unit\":\"鹿城区\",\"year\":2016}").andExpect(status().isForbidden());
		send(post("/api/v1/reports"), COUNTY, "{\"parkCode\":\"zj-ouhai-eda\",\"year\":2016}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parkCode"));
		String report = body(send(post("/api/v1/reports"), COUNTY, "{\"unit\":\"瓯海区\",\"year\":2016}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.deadline").value("2016-12-10")).andExpect(jsonPath("$.overdue").value(true)));
		long id = ((Number) JsonPath.read(report, "$.id")).longValue();
		send(post("/api/v1/reports"), COUNTY, "{\"unit\":\"瓯海区\",\"year\":2016}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("report.exists"));

		// the draft's figures are the modules' own answers
		String standing = body(mvc.perform(get("/api/v1/parks/zj-ouhai-eda/status").param("asOf", "2016-12-31").with(COUNTY)));
		String test = body(mvc.perform(get("/api/v1/parks/zj-ouhai-eda/acceptance-test").param("year", "2016").with(COUNTY)));
		String compliance = body(mvc.perform(get("/api/v1/parks/zj-ouhai-eda/energy/compliance").param("asOf", "2016-12-31")
			.with(COUNTY)));
		String ouhai = "$.figures[?(@.code == 'zj-ouhai-eda')]";
		assertThat(JsonPath.<java.util.List<Object>>read(report, ouhai + ".status")).containsExactly(
				(Object) JsonPath.read(standing, "$.status"));
		assertThat(JsonPath.<java.util.List<Object>>read(report, ouhai + ".test.passed")).containsExactly(
				(Object) JsonPath.read(test, "$.passed"));
		int overdue = JsonPath.<java.util.List<Integer>>read(report, ouhai + ".energy.overdue").get(0);
		assertThat(overdue).isEqualTo(JsonPath.<java.util.List<Object>>read(compliance, "$.overdue[*].boilerId").stream()
			.distinct().count()).isPositive();

		send(put("/api/v1/reports/" + id + "/sections/summary"), COUNTY, "{\"text\":\"2016年瓯海经济开发区循环化改造稳步推进。\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.sections.summary").value("2016年瓯海经济开发区循环化改造稳步推进。"));
		send(put("/api/v1/reports/" + id + "/sections/gossip"), COUNTY, "{\"text\":\"x\"}").andExpect(status().isNotFound());
		send(post("/api/v1/reports/" + id + "/submit"), COUNTY, "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.submittedAt").isNotEmpty());

		// a boiler of the park eliminated in 2016 afterwards: today's compliance changes, the submitted report does not
		String boilers = body(mvc.perform(get("/api/v1/boilers").param("parkCode", "zj-ouhai-eda").with(COUNTY)));
		Object coal = JsonPath.<java.util.List<Object>>read(boilers, "$[?(@.fuel == 'COAL')].id").get(0);
		send(post("/api/v1/boilers/" + coal + "/changes"), httpBasic("park-ouhai", DEMO_PASSWORD),
				"{\"date\":\"2016-06-01\",\"status\":\"ELIMINATED\"}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports/" + id).with(COUNTY))
			.andExpect(jsonPath(ouhai + ".energy.overdue").value(org.hamcrest.Matchers.contains(overdue)));
		// the difference to today's data names the figure, its frozen value and today's
		mvc.perform(get("/api/v1/reports/" + id + "/diff").with(COUNTY)).andExpect(status().isOk())
			.andExpect(jsonPath("$.frozen").value(true))
			.andExpect(jsonPath("$.changes[?(@.parkCode == 'zj-ouhai-eda' && @.path == 'energy.overdue')].frozen")
				.value(org.hamcrest.Matchers.contains(String.valueOf(overdue))))
			.andExpect(jsonPath("$.changes[?(@.parkCode == 'zj-ouhai-eda' && @.path == 'energy.overdue')].today")
				.value(org.hamcrest.Matchers.contains(String.valueOf(overdue - 1))));
		send(put("/api/v1/reports/" + id + "/sections/summary"), COUNTY, "{\"text\":\"改\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("report.frozen"));

		// returned by the city, submitted again: a second revision with today's figures
		send(post("/api/v1/reports/" + id + "/return"), COUNTY, "{\"comment\":\"x\"}").andExpect(status().isForbidden());
		send(post("/api/v1/reports/" + id + "/return"), CITY, "{\"comment\":\"请补充重点项目投资完成情况\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
		send(post("/api/v1/reports/" + id + "/submit"), COUNTY, "{}").andExpect(status().isOk())
			.andExpect(jsonPath(ouhai + ".energy.overdue").value(org.hamcrest.Matchers.contains(overdue - 1)));
		// the city sees every unit: Ouhai's submitted (late), the others not started and overdue
		mvc.perform(get("/api/v1/reports").param("year", "2016").with(CITY))
			.andExpect(jsonPath("$[?(@.unit == '瓯海区')].status").value(org.hamcrest.Matchers.contains("SUBMITTED")))
			.andExpect(jsonPath("$[?(@.unit == '乐清市')].status").value(org.hamcrest.Matchers.contains("NOT_STARTED")))
			.andExpect(jsonPath("$[?(@.unit == '乐清市')].overdue").value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$[?(@.parkCode == 'wz-etdz')].status").value(org.hamcrest.Matchers.contains("NOT_STARTED")));
		mvc.perform(get("/api/v1/reports").param("year", "2016").with(COUNTY)).andExpect(status().isForbidden());

		// the PDF carries the Chinese text: the title, the section written, the park's name
		byte[] pdf = mvc.perform(get("/api/v1/reports/" + id + ".pdf").with(COUNTY)).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// as extracted, not normalised: 工 and 文 come back as themselves, not as the Kangxi radicals ⼯ and ⽂ that
			// share their glyphs (src/main/resources/fonts/README.md)
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("瓯海区2016年园区循环化改造工作进展情况报告").contains("文号")
				.contains("2016年瓯海经济开发区循环化改造稳步推进").contains("浙江瓯海经济开发区");
		}

		// the Excel: a row per key project of the park, with its name
		byte[] xlsx = mvc.perform(get("/api/v1/reports/" + id + ".xlsx").with(COUNTY)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("浙江瓯海经济开发区");
			assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
				.mapToObj(i -> sheet.getRow(i).getCell(4).getStringCellValue()).toList()).contains("屋顶分布式光伏");
		}

		// a city-level park reports on its own
		send(post("/api/v1/reports"), httpBasic("park-etdz", DEMO_PASSWORD), "{\"parkCode\":\"wz-etdz\",\"year\":2016}")
			.andExpect(status().isCreated());
		send(post("/api/v1/reports"), COUNTY, "{\"unit\":\"温州市本级\",\"year\":2016}").andExpect(status().isBadRequest());
		// the city's compilation covers every park (Binhai's data counts for the development zone it was merged into);
		// only CITY files it
		send(post("/api/v1/reports"), COUNTY, "{\"unit\":\"温州市\",\"year\":2016}").andExpect(status().isForbidden());
		send(post("/api/v1/reports"), CITY, "{\"unit\":\"温州市\",\"year\":2016}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.figures.length()").value(10)).andExpect(jsonPath("$.overdue").value(false));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theExchangesAndTheFundsFiguresAreTheirOwn() throws Exception {
		int year = LocalDate.now().getYear(); // the demo's deals are made when it loads
		String report = body(send(post("/api/v1/reports"), CITY, "{\"unit\":\"温州市\",\"year\":" + year + "}")
			.andExpect(status().isCreated()));
		String etdz = "$.figures[?(@.code == 'wz-etdz')]";
		// counted here from the exchange's own tables, independently of the facade
		int completed = jdbc.sql("""
				select count(*) from exchange_deal where status = 'COMPLETED'
				and extract(year from completed_at at time zone 'Asia/Shanghai') = ?
				and (supplier_park = 'wz-etdz' or receiver_park = 'wz-etdz')""").param(year).query(Integer.class).single();
		java.math.BigDecimal tonnes = jdbc.sql("""
				select coalesce(sum(s.quantity), 0) from exchange_shipment s join exchange_deal d on d.id = s.deal_id
				join exchange_material m on m.code = d.material_code
				where m.unit = 't' and extract(year from s.shipped_on) = ?
				and (d.supplier_park = 'wz-etdz' or d.receiver_park = 'wz-etdz')""")
			.param(year).query(java.math.BigDecimal.class).single();
		assertThat(completed).isPositive();
		assertThat(JsonPath.<java.util.List<Object>>read(report, etdz + ".exchange.dealsCompleted")).containsExactly(completed);
		assertThat(new java.math.BigDecimal(JsonPath.<java.util.List<Object>>read(report, etdz + ".exchange.shipped.t").get(0)
			.toString())).isEqualByComparingTo(tonnes);
		// no subsidy in the demo: zero, not absent
		assertThat(JsonPath.<java.util.List<Object>>read(report, etdz + ".funds.applications")).containsExactly(0);
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	@Test
	void theCitysDashboardListsTheUnitsOverdue() throws Exception {
		LocalDate today = LocalDate.now();
		int year = today.isAfter(LocalDate.of(today.getYear(), 12, 10)) ? today.getYear() : today.getYear() - 1;
		mvc.perform(get("/").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(accounts.loadUserByUsername("city"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("瓯海区 " + year + " 年园区循环化改造进展报告逾期未报送")));
		mvc.perform(get("/")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
			.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("逾期未报送"))));
	}

	@Test
	void overdueOnlyAfterTheDeadlinesDay() {
		LocalDate deadline = LocalDate.of(2016, 12, 10);
		assertThat(org.parkloop.reporting.annual.ReportRules.overdue(null, deadline, deadline)).isFalse();
		assertThat(org.parkloop.reporting.annual.ReportRules.overdue(null, deadline.plusDays(1), deadline)).isTrue();
		assertThat(org.parkloop.reporting.annual.ReportRules.overdue(deadline, deadline.plusDays(30), deadline)).isFalse();
		assertThat(org.parkloop.reporting.annual.ReportRules.overdue(deadline.plusDays(1), deadline.plusDays(1), deadline))
			.isTrue();
	}
}
