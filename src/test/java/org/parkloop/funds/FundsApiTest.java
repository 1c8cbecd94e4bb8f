package org.parkloop.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R19's subsidies on the demo's development zone (a provincial demonstration park since 2015-10-28, its plan approved
 * on 2014-12-20 with three key projects whose milestones were reached in 2014-2015): each eligibility point failing
 * alone, a designation gained after the application date, a project removed in a later plan revision, approval in
 * instalments, concurrent approvals that would overdraw the budget (exactly one wins), payments before and after
 * their milestone and the announcement, and the ledger balancing exactly, in 元, after every operation.
 */
@TestPropertySource(properties = "parkloop.test.database=funds")
@AutoConfigureMockMvc
class FundsApiTest extends DemoIntegrationTest {

	static final RequestPostProcessor CITY = httpBasic("city", DEMO_PASSWORD);
	static final RequestPostProcessor PARK = httpBasic("park-etdz", DEMO_PASSWORD);

	@Autowired
	org.parkloop.funds.FundFigures figures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long project(String name) {
		return jdbc.sql("select project_id from plan_project p join plan on plan.id = p.plan_id where plan.park_code = 'wz-etdz' and p.name = ?")
			.param(name).query(Long.class).list().get(0);
	}

	long milestone(String name) {
		return jdbc.sql("select milestone_id from plan_milestone m join plan on plan.id = m.plan_id where plan.park_code = 'wz-etdz' and m.name = ?")
			.param(name).query(Long.class).list().get(0);
	}

	ResultActions apply(long programme, long project, String amount, String date) throws Exception {
		return send(post("/api/v1/funds/applications"), PARK, """
				{"programmeId":%d,"parkCode":"wz-etdz","projectId":%d,"amount":%s,"date":"%s"}"""
			.formatted(programme, project, amount, date));
	}

	long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	/** budget = committed + paid + free, each the sum of the year's entries, exactly; the totals as stored. */
	BigDecimal[] balanced(long programme, int year) throws Exception {
		String body = mvc.perform(get("/api/v1/funds/ledger").param("programme", "" + programme).param("year", "" + year)
			.with(CITY)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		BigDecimal[] t = jdbc.sql("""
				select budget, committed, paid, budget - committed - paid,
				       (select sum(budget_change) from fund_ledger_entry e where e.programme_id = b.programme_id and e.year = b.year),
				       (select sum(committed_change) from fund_ledger_entry e where e.programme_id = b.programme_id and e.year = b.year),
				       (select sum(paid_change) from fund_ledger_entry e where e.programme_id = b.programme_id and e.year = b.year)
				from fund_budget b where programme_id = ? and year = ?""").params(programme, year)
			.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7) }).single();
		assertThat(t[0]).isEqualByComparingTo(t[1].add(t[2]).add(t[3]));
		assertThat(t[4]).isEqualByComparingTo(t[0]);
		assertThat(t[5]).isEqualByComparingTo(t[1]);
		assertThat(t[6]).isEqualByComparingTo(t[2]);
		assertThat(body).contains("\"budget\":" + t[0].toPlainString()).contains("\"free\":" + t[3].toPlainString());
		return t;
	}

	@Test
	void subsidiesFromApplicationToPaymentWithABalancedLedger() throws Exception {
		// programmes and budgets: CITY only, exact amounts in 元
		send(post("/api/v1/funds/programmes"), PARK, "{\"name\":\"x\",\"level\":\"CITY\",\"year\":2015,\"budget\":1}")
			.andExpect(status().isForbidden());
		send(post("/api/v1/funds/programmes"), CITY, "{\"name\":\"x\",\"level\":\"TOWN\",\"year\":2015,\"budget\":1.234}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("level")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("budget")));
		long fund = id(send(post("/api/v1/funds/programmes"), CITY, """
				{"name":"温州市低碳发展专项资金","level":"CITY","year":2015,"budget":10000000.00,"capShare":0.3}""")
			.andExpect(status().isCreated()));
		send(put("/api/v1/funds/programmes/" + fund + "/budgets/2016"), CITY, "{\"budget\":5000000.10}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.budgets[?(@.year == 2016)].budget", hasItem(5000000.10)));
		long newEnergyOnly = id(send(post("/api/v1/funds/programmes"), CITY, """
				{"name":"省新能源示范补助","level":"PROVINCE","year":2015,"budget":2000000,"categories":["NEW_ENERGY"]}""")
			.andExpect(status().isCreated()));
		balanced(fund, 2015);

		long plastics = project("废旧塑料再生造粒补链项目");
		long sewage = project("园区污水集中处理及中水回用");
		long pv = project("屋顶分布式光伏");
		// each point failing alone: a designation gained after the application date (provincial demo from 2015-10-28)
		apply(fund, plastics, "1000000", "2015-06-01").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons.length()").value(1))
			.andExpect(jsonPath("$.reasons[0].kind").value("DESIGNATION"))
			.andExpect(jsonPath("$.reasons[0].ref").value("R19"));
		// the cap: 30 % of 32,000,000 元 is 9,600,000.00; one fen more is refused
		apply(fund, plastics, "9600000.01", "2015-11-10").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons.length()").value(1)).andExpect(jsonPath("$.reasons[0].kind").value("CAP"));
		// a programme for new energy only: the chain-linking project is outside it
		apply(newEnergyOnly, plastics, "100000", "2015-11-10").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons.length()").value(1)).andExpect(jsonPath("$.reasons[0].kind").value("CATEGORY"));
		send(post("/api/v1/funds/applications"), httpBasic("park-ouhai", DEMO_PASSWORD), """
				{"programmeId":%d,"parkCode":"wz-etdz","projectId":%d,"amount":1,"date":"2015-11-10"}""".formatted(fund, plastics))
			.andExpect(status().isForbidden());

		// a later revision (approved 2016-06-30) drops the PV project and adds one without progress yet
		long first = jdbc.sql("select id from plan where park_code = 'wz-etdz' and revision = 1").query(Long.class).single();
		long second = jdbc.sql("""
				insert into plan (park_code, revision, status, consultancy_credit_code, route, base_year, start_year, end_year,
				    created_by, decided_on, document_number, decision_body, amends)
				select park_code, 2, 'APPROVED', consultancy_credit_code, route, base_year, start_year, 2018, 'test',
				       date '2016-06-30', '温发改环资〔2016〕99号', 'CITY', id from plan where id = ? returning id""")
			.param(first).query(Long.class).single();
		jdbc.sql("update plan set status = 'SUPERSEDED' where id = ?").param(first).update();
		jdbc.sql("""
				insert into plan_project (plan_id, project_id, position, name, category, kind, owner_credit_code, investment)
				select ?, project_id, position, name, category, kind, owner_credit_code, investment from plan_project
				where plan_id = ? and project_id <> ?""").params(second, first, pv).update();
		jdbc.sql("""
				insert into plan_milestone (plan_id, milestone_id, project_id, position, name, planned_date)
				select ?, milestone_id, project_id, position, name, planned_date from plan_milestone
				where plan_id = ? and project_id <> ?""").params(second, first, pv).update();
		jdbc.sql("""
				insert into plan_project (plan_id, project_id, position, name, category, kind, owner_credit_code, investment)
				values (?, 990001, 9, '园区蒸汽管网余热回收', 'CHAIN_LINKING', null, null, 5000000)""").param(second).update();
		jdbc.sql("""
				insert into plan_milestone (plan_id, milestone_id, project_id, position, name, planned_date)
				values (?, 990002, 990001, 0, '投运', date '2017-06-30')""").param(second).update();
		apply(fund, pv, "1000000", "2016-07-10").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons.length()").value(1)).andExpect(jsonPath("$.reasons[0].kind").value("LISTED"));
		apply(fund, 990001, "1000000", "2016-07-10").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons.length()").value(1)).andExpect(jsonPath("$.reasons[0].kind").value("EVIDENCE"));
		long pvBefore = id(apply(fund, pv, "300000", "2016-06-01").andExpect(status().isCreated()));

		// eligible: exactly at the cap
		long grant = id(apply(fund, plastics, "9600000.00", "2015-11-10").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED")));
		mvc.perform(get("/api/v1/funds/applications/" + grant + "/eligibility").with(PARK))
			.andExpect(jsonPath("$.length()").value(5)).andExpect(jsonPath("$[*].passed", everyItem(org.hamcrest.Matchers.is(true))));
		String decide = "/api/v1/funds/applications/" + grant + "/decide";
		send(post(decide), PARK, "{\"outcome\":\"APPROVED\"}").andExpect(status().isForbidden());
		send(post(decide), CITY, """
				{"outcome":"APPROVED","amount":9600000.00,"year":2015,"date":"2015-11-20",
				 "instalments":[{"amount":3000000.00,"milestone":%d},{"amount":6600000.01,"milestone":%d}]}"""
			.formatted(milestone("设备安装"), milestone("投产"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("instalments"));
		send(post(decide), CITY, """
				{"outcome":"APPROVED","amount":9600000.00,"year":2015,"date":"2015-11-20",
				 "instalments":[{"amount":3000000.00,"milestone":%d},{"amount":6600000.00,"milestone":%d}]}"""
			.formatted(milestone("设备安装"), milestone("投产"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.announcedUntil").value("2015-11-27"));
		BigDecimal[] t = balanced(fund, 2015);
		assertThat(t[1]).isEqualByComparingTo("9600000.00");
		assertThat(t[3]).isEqualByComparingTo("400000.00");

		// two approvals of 300,000 元 each against 400,000 元 free, at the same moment: exactly one wins
		long a = id(apply(fund, sewage, "300000.00", "2015-11-10").andExpect(status().isCreated()));
		long b = id(apply(fund, pv, "300000.00", "2015-11-10").andExpect(status().isCreated()));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> outcomes = new ArrayList<>();
		for (long app : new long[] { a, b }) {
			Callable<Integer> approve = () -> {
				start.await();
				return send(post("/api/v1/funds/applications/" + app + "/decide"), CITY,
						"{\"outcome\":\"APPROVED\",\"date\":\"2015-11-21\"}").andReturn().getResponse().getStatus();
			};
			outcomes.add(pool.submit(approve));
		}
		start.countDown();
		List<Integer> codes = new ArrayList<>();
		for (Future<Integer> f : outcomes) {
			codes.add(f.get());
		}
		pool.shutdown();
		assertThat(codes).containsExactlyInAnyOrder(200, 409);
		t = balanced(fund, 2015);
		assertThat(t[1]).isEqualByComparingTo("9900000.00");
		assertThat(t[3]).isEqualByComparingTo("100000.00");

		// payments: not during the announcement, not before the milestone, not above the instalment
		String pay = "/api/v1/funds/applications/" + grant + "/disbursements";
		send(post(pay), CITY, "{\"amount\":3000000.00,\"milestone\":%d,\"date\":\"2015-11-25\",\"reference\":\"温财拨〔2015〕88号\"}"
			.formatted(milestone("设备安装"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("funds.announcement"));
		send(post(pay), CITY, "{\"amount\":6600000.00,\"milestone\":%d,\"date\":\"2015-12-01\",\"reference\":\"温财拨〔2015〕89号\"}"
			.formatted(milestone("投产"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("funds.milestoneNotReached"));
		send(post(pay), CITY, "{\"amount\":3000000.00,\"milestone\":%d,\"date\":\"2015-12-01\",\"reference\":\"温财拨〔2015〕88号\"}"
			.formatted(milestone("设备安装"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.instalments[0].paid").value(3000000.00));
		t = balanced(fund, 2015);
		assertThat(t[2]).isEqualByComparingTo("3000000.00");
		assertThat(t[1]).isEqualByComparingTo("6900000.00");
		send(post(pay), CITY, "{\"amount\":0.01,\"milestone\":%d,\"date\":\"2015-12-02\",\"reference\":\"x\"}"
			.formatted(milestone("设备安装"))).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("funds.overpaid"));
		// paid in 2016 from the 2015 commitment
		send(post(pay), CITY, "{\"amount\":6600000.00,\"milestone\":%d,\"date\":\"2016-01-05\",\"reference\":\"温财拨〔2016〕3号\"}"
			.formatted(milestone("投产"))).andExpect(status().isOk());
		t = balanced(fund, 2015);
		assertThat(t[2]).isEqualByComparingTo("9600000.00");
		assertThat(t[1]).isEqualByComparingTo("300000.00");
		assertThat(balanced(fund, 2016)[1]).isEqualByComparingTo("0");
		// money paid back (a failed acceptance) and an approval cancelled: each an entry, the ledger still balanced
		String repay = "/api/v1/funds/applications/" + grant + "/repayments";
		send(post(repay), CITY, "{\"amount\":9600000.01,\"date\":\"2018-03-01\",\"reference\":\"温财缴〔2018〕5号\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("funds.repayMoreThanPaid"));
		send(post(repay), CITY, "{\"amount\":1000000.00,\"date\":\"2018-03-01\",\"reference\":\"温财缴〔2018〕5号\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.repaid").value(1000000.00));
		t = balanced(fund, 2015);
		assertThat(t[2]).isEqualByComparingTo("8600000.00");
		assertThat(t[3]).isEqualByComparingTo("1100000.00");
		// the facade other modules read (the annual report, the assessment): the repayment is 2018's only movement
		var of2018 = figures.ofYear(2018).get("wz-etdz");
		assertThat(of2018.paid()).isEqualByComparingTo("-1000000.00");
		assertThat(of2018.granted()).isEqualByComparingTo("0");
		long winner = jdbc.sql("select id from fund_application where id in (?, ?) and status = 'APPROVED'").params(a, b)
			.query(Long.class).single();
		send(post("/api/v1/funds/applications/" + winner + "/cancel"), CITY, "{\"date\":\"2016-03-01\",\"comment\":\"项目终止\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
		t = balanced(fund, 2015);
		assertThat(t[1]).isEqualByComparingTo("0.00");
		assertThat(t[3]).isEqualByComparingTo("1400000.00");
		send(post("/api/v1/funds/applications/" + winner + "/cancel"), CITY, "{\"date\":\"2016-03-01\"}")
			.andExpect(status().isConflict());
		// the budget may not fall below what is committed and paid
		send(put("/api/v1/funds/programmes/" + fund + "/budgets/2015"), CITY, "{\"budget\":8599999.99}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("funds.budgetBelowUse"));

		// a rejection needs its reasons, and a decision is final
		send(post("/api/v1/funds/applications/" + pvBefore + "/decide"), CITY, "{\"outcome\":\"REJECTED\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
		send(post("/api/v1/funds/applications/" + pvBefore + "/decide"), CITY,
				"{\"outcome\":\"REJECTED\",\"comment\":\"项目已从实施方案中调出\",\"date\":\"2016-07-01\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		send(post("/api/v1/funds/applications/" + pvBefore + "/decide"), CITY, "{\"outcome\":\"APPROVED\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("funds.decided"));
		mvc.perform(get("/api/v1/funds/ledger").param("programme", "" + fund).param("year", "2015").with(PARK))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/funds/applications").with(httpBasic("park-ouhai", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.length()").value(0));
		// the export: per application asked, granted, paid, paid back, outstanding, exactly
		byte[] xlsx = mvc.perform(get("/api/v1/funds/applications/export").param("parkCode", "wz-etdz").with(PARK))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
				.filter(r -> (long) r.getCell(0).getNumericCellValue() == grant).findFirst().orElseThrow();
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("9600000.00");
			assertThat(row.getCell(9).getStringCellValue()).isEqualTo("9600000.00");
			assertThat(row.getCell(10).getStringCellValue()).isEqualTo("1000000.00");
			assertThat(row.getCell(11).getStringCellValue()).isEqualTo("0.00");
		}
	}

	@Test
	void theDischargeFeeOnReportedDischargeByTheRegimeOfTheYear() throws Exception {
		// two enterprises of the development zone reported 12.5 t and 3.04 t discharged in 2016 (the rest 0)
		List<String> codes = jdbc.sql("""
				select s.credit_code from ind_submission s where s.park_code = 'wz-etdz' and s.year = 2016
				  and s.status = 'ACCEPTED' and not s.superseded and s.credit_code is not null order by s.credit_code limit 2""")
			.query(String.class).list();
		String[] tonnes = { "12.5", "3.04" };
		for (int i = 0; i < 2; i++) {
			jdbc.sql("""
					update ind_submission_value set value = ?, canonical = ? where item = 'solid_waste_discharged'
					  and submission_id = (select id from ind_submission where credit_code = ? and year = 2016
					                       and status = 'ACCEPTED' and not superseded)""")
				.params(new BigDecimal(tonnes[i]), new BigDecimal(tonnes[i]), codes.get(i)).update();
		}
		// 2016: the discharge fee, 25 元/t for other residues: 312.50 + 76.00 = 388.50 元
		mvc.perform(get("/api/v1/parks/wz-etdz/discharge-fees".replace("/parks", "/funds/parks")).param("year", "2016")
			.with(PARK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regime").value("DISCHARGE_FEE"))
			.andExpect(jsonPath("$.rate").value(25.00))
			.andExpect(jsonPath("$.enterprises[?(@.creditCode == '" + codes.get(0) + "')].amount", hasItem(312.50)))
			.andExpect(jsonPath("$.enterprises[?(@.creditCode == '" + codes.get(1) + "')].amount", hasItem(76.00)))
			.andExpect(jsonPath("$.total").value(388.50));
		// 2018 and later: the environmental protection tax, on no reports yet
		mvc.perform(get("/api/v1/funds/parks/wz-etdz/discharge-fees").param("year", "2018").with(PARK))
			.andExpect(jsonPath("$.regime").value("ENVIRONMENT_TAX")).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/funds/parks/wz-etdz/discharge-fees").param("year", "2016")
			.with(httpBasic("park-ouhai", DEMO_PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aPilotEnterpriseAppliesForItself() throws Exception {
		String pilot = org.parkloop.shared.CreditCode.demo("330303", 1); // the demo user enterprise-etdz's company
		RequestPostProcessor enterprise = httpBasic("enterprise-etdz", DEMO_PASSWORD);
		long fund = id(send(post("/api/v1/funds/programmes"), CITY, """
				{"name":"试点企业循环化改造补助","level":"CITY","year":2016,"budget":500000.00}""").andExpect(status().isCreated()));
		// a pilot only of a provincial-or-higher demonstration park on the day (the zone is one from 2015-10-28)
		send(put("/api/v1/funds/pilots/" + pilot), CITY, "{\"date\":\"2015-06-01\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("funds.pilotPark"));
		send(put("/api/v1/funds/pilots/" + pilot), PARK, "{\"date\":\"2015-12-01\"}").andExpect(status().isForbidden());
		send(put("/api/v1/funds/pilots/" + pilot), CITY, "{\"date\":\"2015-12-01\",\"documentNumber\":\"温发改〔2015〕200号\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.designatedOn").value("2015-12-01"));
		String body = """
				{"programmeId":%d,"parkCode":"wz-etdz","creditCode":"%s","amount":200000.00,"date":"%s"}""";
		send(post("/api/v1/funds/applications"), enterprise, body.formatted(fund, pilot, "2015-11-01"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.reasons.length()").value(1))
			.andExpect(jsonPath("$.reasons[0].kind").value("PILOT"));
		send(post("/api/v1/funds/applications"), httpBasic("enterprise-ouhai", DEMO_PASSWORD),
				body.formatted(fund, pilot, "2016-01-10")).andExpect(status().isForbidden());
		long id = id(send(post("/api/v1/funds/applications"), enterprise, body.formatted(fund, pilot, "2016-01-10"))
			.andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/funds/applications").with(enterprise)).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/funds/applications/" + id + "/eligibility").with(enterprise))
			.andExpect(jsonPath("$[*].point", hasItem("PILOT"))).andExpect(jsonPath("$[*].passed", everyItem(org.hamcrest.Matchers.is(true))));
		// approved in one instalment tied to no milestone; paid after the announcement
		send(post("/api/v1/funds/applications/" + id + "/decide"), CITY, "{\"outcome\":\"APPROVED\",\"date\":\"2016-02-01\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.instalments[0].milestoneId").doesNotExist());
		send(post("/api/v1/funds/applications/" + id + "/disbursements"), CITY,
				"{\"amount\":200000.00,\"date\":\"2016-02-20\",\"reference\":\"温财拨〔2016〕20号\"}").andExpect(status().isOk());
		BigDecimal[] t = balanced(fund, 2016);
		assertThat(t[2]).isEqualByComparingTo("200000.00");
		assertThat(t[3]).isEqualByComparingTo("300000.00");
		// revoked: no longer eligible
		send(post("/api/v1/funds/pilots/" + pilot + "/revoke"), CITY, "{\"date\":\"2017-01-01\"}").andExpect(status().isOk());
		send(post("/api/v1/funds/applications"), enterprise, body.formatted(fund, pilot, "2017-02-01"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.reasons[0].kind").value("PILOT"));
	}

	@Test
	void listedProjectsAreRecommendedToProvincialAndCentralProgrammes() throws Exception {
		long province = id(send(post("/api/v1/funds/programmes"), CITY, """
				{"name":"省循环经济发展专项资金","level":"PROVINCE","year":2016,"budget":0}""").andExpect(status().isCreated()));
		long city = id(send(post("/api/v1/funds/programmes"), CITY, """
				{"name":"市循环经济推荐测试","level":"CITY","year":2016,"budget":0}""").andExpect(status().isCreated()));
		long sewage = project("园区污水集中处理及中水回用");
		String body = "{\"programmeId\":%d,\"parkCode\":\"wz-etdz\",\"projectId\":%d,\"date\":\"2016-03-01\"}";
		send(post("/api/v1/funds/recommendations"), PARK, body.formatted(province, sewage)).andExpect(status().isForbidden());
		send(post("/api/v1/funds/recommendations"), CITY, body.formatted(city, 123456L)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons.length()").value(2))
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("funds.recommendLevel")))
			.andExpect(jsonPath("$.reasons[*].rule", hasItem("funds.recommendListed")));
		long id = id(send(post("/api/v1/funds/recommendations"), CITY, body.formatted(province, sewage))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("PENDING")));
		send(post("/api/v1/funds/recommendations"), CITY, body.formatted(province, sewage)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("funds.recommended"));
		String outcome = "/api/v1/funds/recommendations/" + id + "/outcome";
		send(post(outcome), CITY, "{\"outcome\":\"GRANTED\",\"date\":\"2016-09-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		send(post(outcome), CITY, "{\"outcome\":\"GRANTED\",\"amount\":2000000.00,\"date\":\"2016-09-01\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.granted").value(2000000.00));
		send(post(outcome), CITY, "{\"outcome\":\"DECLINED\",\"date\":\"2016-09-02\"}").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/funds/recommendations").with(PARK)).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/funds/recommendations").with(httpBasic("park-ouhai", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.length()").value(0));
	}
}
