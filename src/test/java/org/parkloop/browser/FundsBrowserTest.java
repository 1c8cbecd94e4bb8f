package org.parkloop.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R19 in a real browser: CITY registers the low-carbon fund; the development zone's office applies for its plastics
 * recycling project and sees every point pass; CITY approves it in two instalments tied to milestones, pays the first,
 * and the ledger shows the payment with the budget still balanced. On a database of its own.
 */
@TestPropertySource(properties = "parkloop.test.database=funds-browser")
class FundsBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aParkAppliesTheCityApprovesAndPaysTheLedgerShowsIt() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);

		chromium.signIn(base, "city", DEMO_PASSWORD);
		browser.get(base + "/funds");
		WebElement form = browser.findElement(By.id("programme-form"));
		form.findElement(By.name("name")).sendKeys("温州市低碳发展专项资金");
		form.findElement(By.name("year")).clear();
		form.findElement(By.name("year")).sendKeys("2015");
		form.findElement(By.name("budget")).sendKeys("10000000");
		chromium.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".banner.ok")).getText()).isEqualTo("已登记资金项目");

		chromium.signIn(base, "park-etdz", DEMO_PASSWORD);
		browser.get(base + "/funds/applications");
		new Select(browser.findElement(By.id("apply-project"))).selectByVisibleText("废旧塑料再生造粒补链项目（关键补链）");
		browser.findElement(By.id("apply-amount")).sendKeys("3000000");
		browser.executeScript("arguments[0].value = '2015-11-10'", browser.findElement(By.id("apply-date")));
		chromium.clickAndWait(browser.findElement(By.id("apply")));
		assertThat(browser.findElement(By.id("application-status")).getDomAttribute("data-status")).isEqualTo("SUBMITTED");
		assertThat(browser.findElement(By.id("eligibility")).getText()).doesNotContain("✗").contains("示范园区");
		String application = browser.getCurrentUrl();

		chromium.signIn(base, "city", DEMO_PASSWORD);
		browser.get(application);
		long install = milestone("设备安装");
		long produce = milestone("投产");
		browser.findElement(By.id("instalment-" + install)).sendKeys("1000000");
		browser.findElement(By.id("instalment-" + produce)).sendKeys("2000000");
		browser.executeScript("arguments[0].value = '2015-11-20'", browser.findElement(By.id("decide-date")));
		chromium.clickAndWait(browser.findElement(By.id("decide")));
		assertThat(browser.findElement(By.id("application-status")).getDomAttribute("data-status")).isEqualTo("APPROVED");
		assertThat(browser.findElement(By.id("granted")).getText()).contains("3000000.00").contains("2015-11-27");

		WebElement first = browser.findElement(By.cssSelector("#instalments tr[data-seq='1']"));
		browser.executeScript("arguments[0].value = '2015-12-01'", first.findElement(By.name("date")));
		first.findElement(By.name("reference")).sendKeys("温财拨〔2015〕88号");
		chromium.clickAndWait(first.findElement(By.cssSelector("button.pay")));
		assertThat(browser.findElement(By.cssSelector(".banner.ok")).getText()).isEqualTo("已拨付");
		assertThat(browser.findElement(By.cssSelector("#instalments tr[data-seq='1'] .instalment-paid")).getText())
			.isEqualTo("1000000.00");

		browser.get(base + "/funds");
		wait.until(d -> !d.findElements(By.cssSelector("#budget-chart canvas")).isEmpty());
		chromium.screenshot("funds.png");
		chromium.clickAndWait(browser.findElement(By.cssSelector("#budgets a")));
		assertThat(browser.findElement(By.id("ledger-totals")).getText())
			.isEqualTo("预算 10000000.00 元 = 已承诺未拨付 2000000.00 元 + 已拨付 1000000.00 元 + 余额 7000000.00 元");
		assertThat(browser.findElements(By.cssSelector("#ledger-entries tr[data-kind='DISBURSEMENT']"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#ledger-entries tr[data-kind='DISBURSEMENT']")).getText())
			.contains("温财拨〔2015〕88号").contains("1000000.00");
		chromium.screenshot("funds-ledger.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	private long milestone(String name) {
		return jdbc.sql("select milestone_id from plan_milestone m join plan on plan.id = m.plan_id where plan.park_code = 'wz-etdz' and m.name = ?")
			.param(name).query(Long.class).list().get(0);
	}
}
