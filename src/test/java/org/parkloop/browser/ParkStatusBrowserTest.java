package org.parkloop.browser;

import java.time.Duration;

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
import org.parkloop.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator signs in and records a park's progress on the park's page. */
class ParkStatusBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void useTheBrowser() {
		browser = chromium.driver();
	}

	@Test
	void theAdministratorRecordsATransitionAndSeesItInTheHistory() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		chromium.signIn("http://localhost:" + port, "admin", ADMIN_PASSWORD);

		browser.get("http://localhost:" + port + "/parks/zj-cangnan-ip");
		WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transition-form")));
		assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("未启动");
		new Select(form.findElement(By.name("status"))).selectByValue("PLAN_COMPILING");
		WebElement date = form.findElement(By.name("effectiveDate"));
		browser.executeScript("arguments[0].value = '2016-03-01'", date);
		form.findElement(By.name("note")).sendKeys("委托乙级咨询机构编制实施方案");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
		assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("方案编制中");
		assertThat(browser.findElement(By.id("history")).getText()).contains("2016-03-01").contains("委托乙级咨询机构编制实施方案");

		// a step that skips the review is refused with the reason beside the field, the form keeps what was entered,
		// and nothing changes
		form = browser.findElement(By.id("transition-form"));
		new Select(form.findElement(By.name("status"))).selectByValue("IMPLEMENTING");
		browser.executeScript("arguments[0].value = '2016-04-01'", form.findElement(By.name("effectiveDate")));
		form.findElement(By.name("note")).sendKeys("跳过评审");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-status")));
		assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("改造状态：不能从“方案编制中”直接变为“实施中”");
		assertThat(browser.findElement(By.id("form-errors")).getText()).contains("不能从“方案编制中”直接变为“实施中”");
		assertThat(new Select(browser.findElement(By.id("transition-status"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("IMPLEMENTING");
		assertThat(browser.findElement(By.id("transition-date")).getDomProperty("value")).isEqualTo("2016-04-01");
		assertThat(browser.findElement(By.id("transition-note")).getDomProperty("value")).isEqualTo("跳过评审");
		assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("方案编制中");
	}
}
