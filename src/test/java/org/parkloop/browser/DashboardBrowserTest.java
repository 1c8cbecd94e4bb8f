package org.parkloop.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A city official opens the dashboard in a real browser and sees the programme's goals. */
class DashboardBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void useTheBrowser() {
		browser = chromium.driver();
	}

	private void signIn(String username) {
		chromium.signIn("http://localhost:" + port, username, DEMO_PASSWORD);
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@Test
	void theDashboardShowsEveryGoalWithItsChartAndTheTimeline() {
		browser.get("http://localhost:" + port + "/?asOf=2016-06-30");
		assertThat(browser.getTitle()).contains("循环化改造总览");
		List<WebElement> goals = browser.findElements(By.cssSelector("#goals .goal-card"));
		assertThat(goals).hasSize(8);
		assertThat(goals.get(0).getText()).contains("2015-12-31前，国家级园区中至少50%达到“实施中”").contains("已完成");
		assertThat(goals.get(4).getText()).contains("2017-12-31前，省级以上园区中至少70%达到“实施中”");
		// ECharts drew the eight gauges and the timeline (canvas elements exist only when it ran)
		waiting().until(d -> "9".equals(d.findElement(By.tagName("body")).getDomAttribute("data-charts-ready")));
		assertThat(browser.findElements(By.cssSelector(".gauge canvas"))).hasSize(8);
		assertThat(browser.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.id("park-status")).getText()).contains("温州经济技术开发区").contains("实施中");
		// the pages satisfy their own Content-Security-Policy: no violation, no script error
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theDashboardSwitchesToEnglishAndBack() {
		signIn("city");
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("lang-en")).click();
		waiting().until(ExpectedConditions.titleContains("Circular transformation overview"));
		assertThat(browser.findElement(By.id("goals")).getText()).contains("By 2015-12-31, at least 50% of National parks");
		browser.get("http://localhost:" + port + "/parks");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Parks");
		browser.findElement(By.id("lang-zh")).click();
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "园区"));
	}

	@Test
	void aParkUserSeesItsOwnParkAndCannotOpenAnotherParksPage() {
		signIn("park-etdz");
		browser.get("http://localhost:" + port + "/parks");
		assertThat(browser.findElements(By.cssSelector("#park-table tbody tr")))
			.extracting(r -> r.getDomAttribute("data-code"))
			.containsExactly("wz-etdz", "zj-wz-binhai");
		browser.get("http://localhost:" + port + "/parks/wz-etdz");
		assertThat(browser.findElement(By.id("park-name")).getText()).isEqualTo("温州经济技术开发区");
		browser.get("http://localhost:" + port + "/parks/zj-ouhai-eda");
		assertThat(browser.findElement(By.id("error-detail")).getText()).isEqualTo("无权查看园区“zj-ouhai-eda”");
		assertThat(browser.getPageSource()).doesNotContain("浙江瓯海经济开发区");
		chromium.consoleErrors();
		browser.get("http://localhost:" + port + "/parks/wz-etdz");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-status")));
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theParkListFiltersInPlace() {
		signIn("city");
		browser.get("http://localhost:" + port + "/parks");
		assertThat(browser.findElements(By.cssSelector("#park-table tbody tr"))).hasSize(11);
		new Select(browser.findElement(By.id("filter-level"))).selectByValue("NATIONAL");
		waiting().until(d -> d.findElements(By.cssSelector("#park-table tbody tr")).size() == 2);
		assertThat(browser.getCurrentUrl()).contains("level=NATIONAL");
	}
}
