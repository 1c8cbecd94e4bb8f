package org.parkloop.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators in a real browser: the park's 2017 data passes R17's test; an enterprise corrects its accepted 2017
 * data (confirming the big change the platform flags), the park accepts the correction, and the park's energy
 * intensity rises and the test fails.
 */
class IndicatorsBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anEnterprisesCorrectionAcceptedByItsParkChangesTheIndicatorAndTheTest() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);

		chromium.signIn(base, "park-etdz", DEMO_PASSWORD);
		browser.get(base + "/parks/wz-etdz/acceptance-test?year=2017");
		assertThat(browser.findElement(By.id("acceptance-result")).getDomAttribute("data-passed")).isEqualTo("true");
		browser.get(base + "/parks/wz-etdz/indicators?year=2017");
		String before = energyIntensity(browser);
		String cod = value(browser, "COD_EMISSIONS");
		wait.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
		chromium.screenshot("indicators-park.png");

		chromium.signIn(base, "enterprise-etdz", DEMO_PASSWORD);
		browser.findElement(By.id("nav-indicators")).click();
		wait.until(ExpectedConditions.urlContains("/indicators/submissions"));
		wait.until(d -> {
			d.findElements(By.cssSelector("#submissions tbody tr")).stream()
				.filter(r -> r.findElements(By.tagName("td")).get(0).getText().equals("2017")).findFirst().orElseThrow()
				.findElement(By.tagName("a")).click();
			return true;
		});
		chromium.clickAndWait(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correct"))));
		wait.until(ExpectedConditions.attributeToBe(By.id("submission-status"), "data-status", "DRAFT"));
		assertThat(browser.findElement(By.id("revision")).getText()).isEqualTo("2");
		assertThat(browser.findElement(By.id("v-cod")).getDomProperty("value")).isNotBlank();
		WebElement energy = browser.findElement(By.id("v-energy_consumption"));
		energy.clear();
		energy.sendKeys("90000");
		chromium.clickAndWait(browser.findElement(By.id("save-values")));
		chromium.clickAndWait(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit"))));
		// a change beyond ×3 from the last accepted year: flagged, to be confirmed
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings-to-confirm")));
		assertThat(browser.findElement(By.id("findings-to-confirm")).getText()).contains("综合能源消费量").contains("变化过大");
		chromium.screenshot("indicators-confirm.png");
		browser.findElement(By.id("confirm")).click();
		chromium.clickAndWait(browser.findElement(By.id("submit")));
		wait.until(ExpectedConditions.attributeToBe(By.id("submission-status"), "data-status", "SUBMITTED"));
		String url = browser.getCurrentUrl();
		assertThat(chromium.consoleErrors()).isEmpty();

		chromium.signIn(base, "park-etdz", DEMO_PASSWORD);
		browser.get(base + "/indicators/submissions");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-queue")));
		chromium.clickAndWait(browser.findElement(By.cssSelector("#review-queue a")));
		assertThat(browser.getCurrentUrl()).isEqualTo(url);
		chromium.clickAndWait(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept"))));
		wait.until(ExpectedConditions.attributeToBe(By.id("submission-status"), "data-status", "ACCEPTED"));

		browser.get(base + "/parks/wz-etdz/indicators?year=2017");
		String after = energyIntensity(browser);
		assertThat(Double.parseDouble(after.replace(",", ""))).isGreaterThan(Double.parseDouble(before.replace(",", "")));
		assertThat(value(browser, "COD_EMISSIONS")).as("the correction kept the values it did not change").isEqualTo(cod);
		browser.get(base + "/parks/wz-etdz/acceptance-test?year=2017");
		assertThat(browser.findElement(By.id("acceptance-result")).getDomAttribute("data-passed")).isEqualTo("false");
		assertThat(browser.findElement(By.cssSelector("#acceptance tr[data-code='ENERGY_INTENSITY']")).getText())
			.contains("未达到");
		chromium.screenshot("indicators-acceptance.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	private static String energyIntensity(ChromeDriver browser) {
		return value(browser, "ENERGY_INTENSITY");
	}

	private static String value(ChromeDriver browser, String code) {
		return browser.findElement(By.cssSelector("#park-indicators tr[data-code='" + code + "'] td.value")).getText();
	}
}
