package org.parkloop.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real Chromium (Debian's chromium and chromium-driver), headless, with nothing downloaded. Register it as a static
 * JUnit extension: one browser for the test class, closed after it.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	private ChromeDriver driver;

	public ChromeDriver driver() {
		return driver;
	}

	/** What the page's console said: script errors and Content-Security-Policy violations show up here. */
	public java.util.List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
			.map(e -> e.getMessage())
			.toList();
	}

	/** Keeps a picture of the page in target/screenshots, for people to look at. */
	public void screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(dir.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * Clicks what submits a form or follows a link, and waits until the next page has loaded (a mark set on the old
	 * document is gone), so that nothing of the old page is read while the new one arrives.
	 */
	public void clickAndWait(WebElement element) {
		driver.executeScript("window.parkloopOldPage = true");
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(driver.executeScript(
					"return window.parkloopOldPage === undefined && document.readyState === 'complete'")));
	}

	/** Signs in on the login page as the given user, starting from a fresh session. */
	public void signIn(String baseUrl, String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("account-link")));
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		driver = start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
		}
	}

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static ChromeDriver start() throws java.io.IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException(
					"Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (.ci/run does this)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("parkloop-chromium"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}
}
