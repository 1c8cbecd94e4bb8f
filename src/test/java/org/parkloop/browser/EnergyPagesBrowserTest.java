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
import org.parkloop.shared.CreditCode;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's energy pages in a real browser (R7, R8, R10): the development zone's structure chart with its pillar and
 * emerging shares; its pump maker inside the residential buffer flagged, a relocation case opened and closed from
 * the page; the city's overview with every park's compliance charted. On a database of its own (it writes cases).
 */
@TestPropertySource(properties = "parkloop.test.database=energy-pages")
class EnergyPagesBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	@Test
	void structureZoningAndTheCitysOverview() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);

		chromium.signIn(base, "park-etdz", DEMO_PASSWORD);
		browser.get(base + "/parks/wz-etdz/energy/industry?year=2016");
		assertThat(browser.findElement(By.id("industry-shares")).getText()).contains("%");
		wait.until(d -> !d.findElements(By.cssSelector("#industry-chart canvas")).isEmpty());
		chromium.screenshot("energy-industry.png");

		browser.get(base + "/parks/wz-etdz/energy/zoning");
		String pumps = CreditCode.demo("330303", 5);
		WebElement flag = browser.findElement(By.cssSelector("#zoning-flags tr[data-enterprise='" + pumps + "']"));
		assertThat(flag.getText()).contains("居住区防护");
		new Select(flag.findElement(By.name("action"))).selectByValue("RELOCATE");
		chromium.clickAndWait(flag.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector(".banner.ok")).getText()).isEqualTo("已立项");
		WebElement relocation = browser.findElement(By.cssSelector("#relocations tr[data-relocation]"));
		assertThat(relocation.getText()).contains("搬迁").contains("办理中");
		new Select(relocation.findElement(By.name("outcome"))).selectByValue("RELOCATED");
		chromium.clickAndWait(relocation.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("#relocations tr[data-relocation]")).getText()).contains("已搬迁");
		assertThat(browser.findElement(By.cssSelector("#zoning-flags tr[data-enterprise='" + pumps + "']")).getText())
			.contains("已搬迁");

		chromium.signIn(base, "city", DEMO_PASSWORD);
		browser.get(base + "/energy");
		wait.until(d -> !d.findElements(By.cssSelector("#parks-chart canvas")).isEmpty());
		wait.until(d -> !d.findElements(By.cssSelector("#energy-map path.leaflet-interactive")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#energy-parks tr[data-park='wz-etdz']")).getText()).contains("1");
		chromium.screenshot("energy-overview.png");
		browser.executeScript("document.getElementById('energy-map').scrollIntoView()");
		chromium.screenshot("energy-map.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}
}
