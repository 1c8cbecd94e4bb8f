package org.parkloop.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R16 in a real browser: Ouhai's county user drafts its 2016 report, writes the overview, submits it (it is overdue,
 * the deadline long past) and downloads the PDF. On a database of its own.
 */
@TestPropertySource(properties = "parkloop.test.database=report-browser")
class ReportBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aCountyEditsSubmitsAndDownloadsItsReport() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
		chromium.signIn(base, "county-ouhai", DEMO_PASSWORD);
		browser.get(base + "/reports?year=2016");
		chromium.clickAndWait(browser.findElement(By.cssSelector("button.start-report")));
		assertThat(browser.findElement(By.id("report-status")).getDomAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(browser.findElement(By.cssSelector("[data-park='zj-ouhai-eda']")).getText()).contains("浙江瓯海经济开发区");
		browser.findElement(By.id("section-summary")).sendKeys("2016年瓯海经济开发区循环化改造稳步推进。");
		chromium.clickAndWait(browser.findElement(By.id("save-summary")));
		assertThat(browser.findElement(By.id("section-summary")).getDomProperty("value")).contains("稳步推进");
		chromium.clickAndWait(browser.findElement(By.id("submit-report")));
		assertThat(browser.findElement(By.id("report-status")).getDomAttribute("data-status")).isEqualTo("SUBMITTED");
		assertThat(browser.findElement(By.id("report-overdue")).getText()).isEqualTo("已逾期");
		String href = browser.findElement(By.id("report-pdf")).getDomProperty("href");
		// the download as the browser gets it: a PDF
		String answer = (String) browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {
				  done(r.headers.get('content-type') + ' ' + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4))));
				}); });""", href);
		assertThat(answer).isEqualTo("application/pdf %PDF");
		chromium.screenshot("report.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}
}
