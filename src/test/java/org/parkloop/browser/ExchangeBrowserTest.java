package org.parkloop.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange in a real browser: one enterprise lists an offer, another lists a need and finds the offer among its
 * candidates and proposes a deal, the first agrees and delivers, the second confirms; the information centre and the
 * city's plan draw their charts.
 */
class ExchangeBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anOfferListedByOneEnterpriseIsMatchedByAnotherAndTheDealAgreed() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);

		chromium.signIn(base, "enterprise-etdz", DEMO_PASSWORD);
		browser.findElement(By.id("nav-exchange")).click();
		wait.until(d -> !d.findElements(By.cssSelector("#chart-material canvas")).isEmpty());
		assertThat(browser.findElement(By.id("diverted")).getText()).endsWith("t");
		wait.until(d -> !d.findElements(By.cssSelector("#chart-offered canvas")).isEmpty());
		chromium.screenshot("exchange-centre.png");
		browser.findElement(By.id("new-offer")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listing-form")));
		browser.findElement(By.id("title")).sendKeys("废木托盘（浏览器测试）");
		new Select(browser.findElement(By.id("materialCode"))).selectByValue("SW17-WOOD");
		browser.findElement(By.id("quantity")).sendKeys("50");
		browser.findElement(By.id("disposalCost")).sendKeys("100");
		browser.findElement(By.id("price")).sendKeys("80");
		browser.findElement(By.id("listing-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-title"), "废木托盘（浏览器测试）"));
		assertThat(browser.findElement(By.id("own-price")).getText()).contains("80");
		browser.findElement(By.id("edit-listing")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("quantity"), "value", "50"));
		browser.findElement(By.id("quantity")).clear();
		browser.findElement(By.id("quantity")).sendKeys("60");
		browser.findElement(By.id("listing-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "60 t / 每年"));
		String offerUrl = browser.getCurrentUrl();
		String offerId = offerUrl.substring(offerUrl.lastIndexOf('/') + 1);
		assertThat(chromium.consoleErrors()).isEmpty();

		chromium.signIn(base, "enterprise-ouhai", DEMO_PASSWORD);
		browser.get(base + "/exchange/listings/" + offerId);
		assertThat(browser.findElements(By.id("own-price"))).as("another enterprise never sees the price").isEmpty();
		browser.get(base + "/exchange/listings/new?kind=NEED");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listing-form")));
		browser.findElement(By.id("title")).sendKeys("包装用木料（浏览器测试）");
		new Select(browser.findElement(By.id("accept0"))).selectByValue("SW17-WOOD");
		browser.findElement(By.id("value0")).sendKeys("150");
		browser.findElement(By.id("quantity")).sendKeys("40");
		browser.findElement(By.id("maxDistanceKm")).sendKeys("60");
		browser.findElement(By.id("listing-submit")).click();
		var row = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#candidates tr[data-partner='" + offerId + "']")));
		assertThat(row.getText()).contains("废木托盘（浏览器测试）").contains("km");
		chromium.screenshot("exchange-candidates.png");
		row.findElement(By.cssSelector("button.propose")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deal-status"), "data-status", "PROPOSED"));
		String dealUrl = browser.getCurrentUrl();
		assertThat(browser.findElements(By.id("agree"))).as("the proposer does not agree its own proposal").isEmpty();
		assertThat(chromium.consoleErrors()).isEmpty();

		chromium.signIn(base, "enterprise-etdz", DEMO_PASSWORD);
		browser.get(base + "/exchange");
		assertThat(browser.findElement(By.id("awaiting")).getText()).contains("等待本企业处理");
		browser.get(base + "/exchange/deals");
		browser.findElement(By.cssSelector("#deals a[href$='" + dealUrl.substring(dealUrl.lastIndexOf('/')) + "']")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("agree"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deal-status"), "data-status", "AGREED"));
		assertThat(browser.findElement(By.id("deal-status")).getText()).isEqualTo("已同意");
		assertThat(chromium.consoleErrors()).isEmpty();
		chromium.screenshot("exchange-deal.png");
		// the supplier delivers in one shipment; the receiver confirms
		browser.findElement(By.id("deliver")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deal-status"), "data-status", "DELIVERING"));
		browser.findElement(By.id("ship-quantity")).sendKeys("40");
		browser.findElement(By.id("ship")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#shipments tbody tr")));
		chromium.signIn(base, "enterprise-ouhai", DEMO_PASSWORD);
		browser.get(dealUrl);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("complete"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("deal-status"), "data-status", "COMPLETED"));
		assertThat(browser.findElement(By.id("deal-quantity")).getText()).contains("40 t").contains("已发运 40 t");
		assertThat(chromium.consoleErrors()).isEmpty();

		chromium.signIn(base, "city", DEMO_PASSWORD);
		browser.get(base + "/exchange/plan");
		wait.until(d -> !d.findElements(By.cssSelector("#plan-graph canvas")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#plan-lines tbody tr"))).isNotEmpty();
		assertThat(chromium.consoleErrors()).isEmpty();
		chromium.screenshot("exchange-plan.png");

		// every exchange page is complete in English: no message is missing
		for (String page : new String[] { "/exchange?lang=en", "/exchange/catalogue", "/exchange/deals",
				"/exchange/deals/1", "/exchange/listings/" + offerId, "/exchange/plan", "/exchange/rules/1" }) {
			browser.get(base + page);
			wait.until(d -> d.getPageSource().contains("</footer>")
					&& (!page.equals("/exchange/plan") || !d.findElements(By.id("plan-facts")).isEmpty()));
			assertThat(browser.getPageSource()).as(page).doesNotContain("??").contains("lang=\"en\"");
			if (page.equals("/exchange/catalogue")) {
				chromium.screenshot("exchange-catalogue-en.png");
			}
		}
		assertThat(chromium.consoleErrors()).isEmpty();
	}
}
