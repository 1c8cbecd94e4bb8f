package org.parkloop.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.support.Browser;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms as a hurried office user meets them: a refused form keeps everything typed and selected, with the problem
 * beside its field; a long select can be searched; signing in as someone else while signed in switches users.
 */
class FormsBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	private static String value(ChromeDriver browser, String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	@Test
	void aListingRefusedForOneFieldKeepsEveryOtherFieldAsTyped() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);
		chromium.signIn(base, "enterprise-etdz", DEMO_PASSWORD);
		chromium.consoleErrors();
		browser.get(base + "/exchange/listings/new?kind=OFFER");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listing-form")));

		// the 90 materials are searchable: typing narrows the list and picks the match
		WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("materialCode-search")));
		search.sendKeys("脱硫石膏");
		Select material = new Select(browser.findElement(By.id("materialCode")));
		wait.until(d -> "SW06".equals(material.getFirstSelectedOption().getDomAttribute("value")));
		assertThat(material.getOptions().stream()
			.filter(o -> !"true".equals(o.getDomProperty("hidden")) && !o.getDomAttribute("value").isEmpty())).hasSize(1);

		browser.findElement(By.id("title")).sendKeys("脱硫石膏（表单测试）");
		browser.findElement(By.id("quantity")).sendKeys("-20");
		new Select(browser.findElement(By.id("period"))).selectByValue("MONTH");
		browser.findElement(By.id("disposalCost")).sendKeys("45");
		browser.findElement(By.id("price")).sendKeys("12.5");
		browser.executeScript("arguments[0].value = '2026-01-01'", browser.findElement(By.id("availableFrom")));
		browser.executeScript("arguments[0].value = '2027-12-31'", browser.findElement(By.id("availableTo")));
		browser.findElement(By.id("properties")).sendKeys("二水硫酸钙 ≥ 90%");
		browser.findElement(By.id("listing-submit")).click();

		WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-quantity")));
		assertThat(error.getText()).isEqualTo("数量：必须大于零");
		assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
		assertThat(value(browser, "title")).isEqualTo("脱硫石膏（表单测试）");
		assertThat(new Select(browser.findElement(By.id("materialCode"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("SW06");
		assertThat(value(browser, "quantity")).isEqualTo("-20");
		assertThat(new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("MONTH");
		assertThat(value(browser, "disposalCost")).isEqualTo("45");
		assertThat(value(browser, "price")).isEqualTo("12.5");
		assertThat(value(browser, "availableFrom")).isEqualTo("2026-01-01");
		assertThat(value(browser, "availableTo")).isEqualTo("2027-12-31");
		assertThat(value(browser, "properties")).isEqualTo("二水硫酸钙 ≥ 90%");

		// corrected, it is published as typed
		browser.findElement(By.id("quantity")).clear();
		browser.findElement(By.id("quantity")).sendKeys("20");
		browser.findElement(By.id("listing-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-title"), "脱硫石膏（表单测试）"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("脱硫石膏").contains("20");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void signingInAsAnotherUserWhileSignedInSwitchesUsers() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		chromium.signIn(base, "enterprise-etdz", DEMO_PASSWORD);
		assertThat(browser.findElement(By.id("account-link")).getText()).isEqualTo("enterprise-etdz");
		// without signing out: open the sign-in page and sign in as someone else
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys("city");
		browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.textToBe(By.id("account-link"), "city"));
		browser.get(base + "/audit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("审计记录");
	}

	@Test
	void errorPagesKeepTheSignedInHeader() {
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		chromium.signIn(base, "enterprise-ouhai", DEMO_PASSWORD);
		browser.get(base + "/no-such-page");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
		assertThat(browser.findElement(By.id("error-detail")).getText()).contains("不存在");
		assertThat(browser.findElement(By.id("account-link")).getText()).isEqualTo("enterprise-ouhai");
		browser.get(base + "/audit");
		assertThat(browser.findElement(By.id("account-link")).getText()).isEqualTo("enterprise-ouhai");
		assertThat(browser.findElement(By.id("error-detail")).getText()).isNotBlank();
		chromium.consoleErrors();
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** A code stored before today's checks: listed, refused when corrected to another bad one, then corrected. */
	@Test
	void aStoredWrongCreditCodeIsCorrectedFromItsList() {
		String right = org.parkloop.shared.CreditCode.complete("91330303MA2BRW01");
		String wrong = withWrongOrganisationCheck(right);
		assertThat(org.parkloop.shared.CreditCode.check(wrong)).isNotNull();
		jdbc.sql("""
				insert into enterprise (credit_code, name, park_code, industry_code, size)
				values (?, '浏览器旧码企业', 'wz-etdz', '26', 'SMALL')""").param(wrong).update();
		String base = "http://localhost:" + port;
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		chromium.signIn(base, "park-etdz", DEMO_PASSWORD);
		browser.get(base + "/enterprises");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#wrong-codes-banner a"))).click();
		WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wrong-" + wrong)));
		assertThat(row.getText()).contains("浏览器旧码企业").contains("组织机构代码");
		String typo = withWrongOrganisationCheck(org.parkloop.shared.CreditCode.complete("91330303MA2BRW02"));
		row.findElement(By.name("creditCode")).sendKeys(typo);
		row.findElement(By.tagName("button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-error")));
		assertThat(browser.findElement(By.id("flash-error")).getText()).contains(typo);
		WebElement again = browser.findElement(By.id("wrong-" + wrong)).findElement(By.name("creditCode"));
		assertThat(again.getDomProperty("value")).isEqualTo(typo);
		again.clear();
		again.sendKeys(right);
		browser.findElement(By.id("wrong-" + wrong)).findElement(By.tagName("button")).click();
		wait.until(ExpectedConditions.urlToBe(base + "/enterprises/" + right));
		assertThat(browser.findElement(By.cssSelector(".banner.ok")).getText()).contains(wrong).contains(right);
		assertThat(browser.findElements(By.id("code-problem"))).isEmpty();
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	/** The code with another organisation-code check character, and the mod-31 check character fitted to it. */
	private static String withWrongOrganisationCheck(String code) {
		char other = code.charAt(16) == '1' ? '2' : '1';
		String first17 = code.substring(0, 16) + other;
		return first17 + org.parkloop.shared.CreditCode.checkCharacter(first17);
	}
}
