package org.parkloop.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R13 in a real browser: the public page without signing in, in Chinese and in English (the parks' chart drawn, the
 * indicators, the privacy notice), feedback sent through its form (a refusal naming the field in the reader's
 * language), answered by the city on its moderation page and then shown to the public as text.
 */
@TestPropertySource(properties = "parkloop.test.database=report-browser")
class PublicBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	@Test
	void thePublicReadsInBothLanguagesAndSendsFeedback() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.get(base + "/public?year=2016&lang=zh_CN");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("信息公开");
		assertThat(browser.findElement(By.id("public-park-table")).getText()).contains("温州经济技术开发区", "实施中", "2015-10-28 实施中（省级示范园区）");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status-chart canvas")));
		assertThat(browser.findElement(By.id("privacy-notice")).getText()).contains("联系方式只用于答复");
		assertThat(browser.findElement(By.id("feedback-website")).isDisplayed()).isFalse();

		browser.findElement(By.id("feedback-contact")).sendKeys("zhao@example.com");
		browser.findElement(By.id("feedback-text")).sendKeys("<b>建议</b>公开园区污水处理厂的在线监测数据。");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("feedback-park"))).selectByValue("wz-etdz");
		browser.findElement(By.id("send-feedback")).click();
		wait.until(ExpectedConditions.textToBe(By.id("feedback-result"), "已收到您的意见，谢谢。"));
		chromium.screenshot("public-zh.png");
		// the published assessment, linked from the public page: its ranking drawn
		chromium.clickAndWait(browser.findElement(By.cssSelector("#public-assessments h3 a")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessment-chart canvas")));
		assertThat(browser.findElement(By.id("results-COUNTY")).getText()).contains("瓯海区");
		chromium.screenshot("assessment.png");

		browser.get(base + "/public?year=2016&lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Open information");
		assertThat(browser.findElement(By.id("public-park-table")).getText()).contains("Wenzhou Economic and Technological");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status-chart canvas")));
		browser.findElement(By.id("feedback-text")).sendKeys("No contact given.");
		browser.findElement(By.id("send-feedback")).click();
		wait.until(ExpectedConditions.attributeContains(By.id("feedback-result"), "class", "error"));
		assertThat(browser.findElement(By.id("feedback-result")).getText()).contains("Contact");
		chromium.screenshot("public-en.png");
		// the refusal itself is the only error the browser logs (a 400 answer to the form's request)
		assertThat(chromium.consoleErrors()).allMatch(e -> e.contains("/api/v1/feedback - Failed to load resource")
				&& e.contains("status of 400"));

		// the city answers; the public then reads the feedback and the answer, as text
		chromium.signIn(base, "city", DEMO_PASSWORD);
		browser.get(base + "/feedback?lang=zh_CN");
		assertThat(browser.findElement(By.id("feedback-items")).getText()).contains("<b>建议</b>公开园区污水处理厂", "zhao@example.com");
		// a refused form comes back as it was typed
		browser.findElement(By.id("announcement-title")).sendKeys("关于示范园区验收结果的公示");
		browser.executeScript("arguments[0].removeAttribute('required')", browser.findElement(By.id("announcement-body")));
		chromium.clickAndWait(browser.findElement(By.id("publish-announcement")));
		assertThat(browser.findElement(By.id("flash-error")).getText()).contains("不能为空");
		assertThat(browser.findElement(By.id("announcement-title")).getDomProperty("value")).isEqualTo("关于示范园区验收结果的公示");
		browser.findElement(By.cssSelector("textarea.answer-text")).sendKeys("已要求园区于下月起公开。");
		chromium.clickAndWait(browser.findElement(By.cssSelector("button.answer-feedback")));
		browser.manage().deleteAllCookies();
		browser.get(base + "/public?year=2016&lang=zh_CN");
		String answers = browser.findElement(By.id("public-answers")).getText();
		assertThat(answers).contains("<b>建议</b>公开园区污水处理厂的在线监测数据。", "已要求园区于下月起公开。")
			.doesNotContain("zhao@example.com");
		assertThat(chromium.consoleErrors()).allMatch(e -> e.contains("status of 400"));
	}
}
