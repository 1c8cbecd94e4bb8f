package org.parkloop.browser;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.Browser;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One ordinary park's case in the pages (R14-R17): the park's office drafts and submits its plan, CITY assigns three
 * experts, each reviews it, CITY records the group's opinion and approves it; the owner enterprise reports the
 * project's progress on its page; the park applies for acceptance, is refused while its data is missing, applies
 * again and CITY accepts it. The Gantt chart and the timeline are drawn.
 */
class CaseBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	static final String PW = "Case-browser-pw-2026";
	static final String PARK = "cb-park";
	static final String CONSULTANCY = CreditCode.complete("91330300MA2CBT01");
	static final String OWNER = CreditCode.complete("91330302MA2CBT02");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json));
	}

	void setUp() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"浏览器测试园区","nameEn":"Browser test park","level":"PROVINCIAL","administeredBy":"鹿城区",
				 "establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		send(post("/api/v1/consultancies"), admin(), """
				{"creditCode":"%s","name":"浏览器测试规划院","grade":"A","certificateNumber":"工咨甲9001","certificateValidUntil":"2030-12-31"}"""
			.formatted(CONSULTANCY)).andExpect(status().isCreated());
		send(post("/api/v1/enterprises"), admin(), """
				{"creditCode":"%s","name":"浏览器测试热电","parkCode":"%s","industryCode":"44","size":"LARGE"}"""
			.formatted(OWNER, PARK)).andExpect(status().isCreated());
		jdbc.sql("update enterprise set registered_on = '2013-01-01' where credit_code = ?").param(OWNER).update();
		for (String[] u : new String[][] { { "cb-park", "PARK:" + PARK }, { "cb-owner", "ENTERPRISE:" + OWNER },
				{ "cb-x1", "EXPERT" }, { "cb-x2", "EXPERT" }, { "cb-x3", "EXPERT" } }) {
			send(post("/api/v1/users"), admin(), "{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}"
				.formatted(u[0], PW, u[1])).andExpect(status().isCreated());
		}
		for (String x : new String[] { "cb-x1", "cb-x2", "cb-x3" }) {
			send(put("/api/v1/experts/" + x), admin(), "{\"speciality\":\"循环经济\"}").andExpect(status().isOk());
		}
	}

	@Test
	void anOrdinaryParkFromItsPlanToAcceptance() throws Exception {
		setUp();
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		// a page replaced while an element of it is being read
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		String base = "http://localhost:" + port;

		// the park's office drafts its plan
		chromium.signIn(base, "cb-park", PW);
		browser.get(base + "/parks/" + PARK + "/case");
		chromium.clickAndWait(wait.until(ExpectedConditions.elementToBeClickable(By.id("new-plan"))));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
		new Select(browser.findElement(By.id("consultancyCreditCode"))).selectByValue(CONSULTANCY);
		browser.findElement(By.id("baseYear")).sendKeys("2013");
		browser.findElement(By.id("startYear")).sendKeys("2014");
		browser.findElement(By.id("endYear")).sendKeys("2017");
		setDate(browser, "date", "2014-03-01");
		new Select(browser.findElement(By.id("target-code-0"))).selectByValue("ENERGY_INTENSITY");
		browser.findElement(By.id("target-value-0")).sendKeys("0.45");
		browser.findElement(By.id("project-name-0")).sendKeys("园区热电联产");
		new Select(browser.findElement(By.id("project-category-0"))).selectByValue("NEW_ENERGY");
		new Select(browser.findElement(By.id("project-owner-0"))).selectByValue(OWNER);
		browser.findElement(By.id("project-investment-0")).sendKeys("5000");
		browser.findElement(By.id("project-year-0-2015")).sendKeys("3000");
		browser.findElement(By.id("project-year-0-2016")).sendKeys("2000");
		browser.findElement(By.id("project-effect-0-tceSaved")).sendKeys("12000");
		browser.findElement(By.id("milestone-name-0-0")).sendKeys("投运");
		setDate(browser, "milestone-date-0-0", "2016-12-31");
		chromium.clickAndWait(browser.findElement(By.id("save-plan")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
		assertThat(browser.findElement(By.id("plan-status")).getDomAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(browser.findElement(By.id("plan-projects")).getText()).contains("园区热电联产").contains("5000")
			.contains("2015：3000").contains("12000");
		String planUrl = browser.getCurrentUrl();

		// and submits it
		setDate(browser, "submit-date", "2014-06-01");
		chromium.clickAndWait(browser.findElement(By.id("submit-plan")));
		waitForStatus(wait, browser, "SUBMITTED");

		// CITY assigns three experts
		chromium.signIn(base, "admin", ADMIN_PASSWORD);
		browser.get(planUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("experts"))).sendKeys("cb-x1 cb-x2 cb-x3");
		chromium.clickAndWait(browser.findElement(By.id("assign-experts")));
		waitForStatus(wait, browser, "UNDER_REVIEW");

		// each expert finds the plan in the inbox and reviews it
		for (String x : new String[] { "cb-x1", "cb-x2", "cb-x3" }) {
			chromium.signIn(base, x, PW);
			browser.get(planUrl);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-score"))).sendKeys("86");
			browser.findElement(By.id("review-opinion")).sendKeys("方案可行，项目安排合理");
			chromium.clickAndWait(browser.findElement(By.id("send-review")));
			assertThat(browser.findElements(By.id("my-review"))).isEmpty();
		}

		// CITY records the group's opinion and approves the plan
		chromium.signIn(base, "admin", ADMIN_PASSWORD);
		browser.get(planUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conclusion"))).sendKeys("专家组同意通过");
		chromium.clickAndWait(browser.findElement(By.id("conclude")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-number"))).sendKeys("温发改〔2014〕88号");
		setDate(browser, "approve-date", "2014-09-01");
		chromium.clickAndWait(browser.findElement(By.id("approve")));
		waitForStatus(wait, browser, "APPROVED");
		assertThat(browser.findElement(By.id("plan-decision")).getText()).contains("温发改〔2014〕88号");

		// the owner reports the milestone reached (API); the park applies before its data is in: refused with the reason
		String caseJson = mvc.perform(get("/api/v1/parks/" + PARK + "/case").with(admin())).andReturn().getResponse()
			.getContentAsString();
		long project = ((Number) JsonPath.read(caseJson, "$.projects[0].id")).longValue();
		long milestone = ((Number) JsonPath.read(caseJson, "$.projects[0].milestones[0].id")).longValue();
		chromium.signIn(base, "cb-owner", PW);
		browser.get(base + "/projects/" + project);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-form")));
		setDate(browser, "progress-date", "2016-12-28");
		browser.findElement(By.id("progress-investment")).sendKeys("5000");
		browser.findElement(By.id("progress-percent")).sendKeys("100");
		setDate(browser, "reached-" + milestone, "2016-12-20");
		chromium.clickAndWait(browser.findElement(By.id("send-progress")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-reports"), "2016-12-28"));
		assertThat(browser.findElement(By.id("project-schedule")).getDomAttribute("data-on-schedule")).isEqualTo("true");
		assertThat(browser.findElement(By.id("investment-made")).getText()).isEqualTo("5000");
		chromium.signIn(base, "cb-park", PW);
		browser.get(base + "/parks/" + PARK + "/case");
		apply(wait, browser);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-reasons")));
		assertThat(browser.findElement(By.id("flash-reasons")).getText()).contains("单位工业增加值能耗");

		// with the 2017 data accepted, the application goes through; CITY accepts the park
		long submission = ((Number) JsonPath.read(send(post("/api/v1/submissions"), httpBasic("cb-owner", PW), """
				{"creditCode":"%s","year":2017,"values":[{"item":"value_added","value":1000,"unit":"万元"},
				 {"item":"energy_consumption","value":500,"unit":"tce"}]}""".formatted(OWNER)).andReturn().getResponse()
			.getContentAsString(), "$.id")).longValue();
		send(post("/api/v1/submissions/" + submission + "/submit"), httpBasic("cb-owner", PW), null).andExpect(status().isOk());
		send(post("/api/v1/submissions/" + submission + "/accept"), httpBasic("cb-park", PW), null).andExpect(status().isOk());
		browser.get(base + "/parks/" + PARK + "/case");
		apply(wait, browser);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-applications"), "已申请"));

		chromium.signIn(base, "admin", ADMIN_PASSWORD);
		browser.get(base + "/parks/" + PARK + "/case");
		WebElement decide = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide-form")));
		new Select(decide.findElement(By.id("decide-outcome"))).selectByValue("PASSED");
		new Select(decide.findElement(By.id("decide-grade"))).selectByValue("GOOD");
		setDate(browser, "step-SITE_INSPECTION", "2018-05-20");
		decide.findElement(By.id("decide-number")).sendKeys("温发改〔2018〕18号");
		setDate(browser, "decide-date", "2018-06-01");
		chromium.clickAndWait(decide.findElement(By.id("decide")));
		wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", "ACCEPTED"));
		assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已验收");
		assertThat(browser.findElement(By.id("case-applications")).getText()).contains("验收通过").contains("良好");
		assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("2018-06-01");
		assertThat(browser.findElements(By.cssSelector("#gantt-chart canvas"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#timeline-chart canvas"))).isNotEmpty();
		assertThat(chromium.consoleErrors()).isEmpty();
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2600));
		chromium.screenshot("case.png");
		browser.get(planUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
		chromium.screenshot("plan.png");
	}

	private void apply(WebDriverWait wait, ChromeDriver browser) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
		browser.findElement(By.id("apply-year")).clear();
		browser.findElement(By.id("apply-year")).sendKeys("2017");
		setDate(browser, "apply-date", "2018-01-15");
		chromium.clickAndWait(browser.findElement(By.id("apply")));
	}

	private static void setDate(ChromeDriver browser, String id, String date) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date);
	}

	private static void waitForStatus(WebDriverWait wait, ChromeDriver browser, String status) {
		wait.until(ExpectedConditions.attributeToBe(By.id("plan-status"), "data-status", status));
	}
}
