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

/** A park user builds a material flow model in the browser, and sees it reconciled and drawn. */
class ModelBrowserTest extends DemoIntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	@LocalServerPort
	int port;

	private void addFlow(ChromeDriver browser, String id, String from, String to, String value, String sigma) {
		WebElement form = browser.findElement(By.id("flow-form"));
		form.findElement(By.name("flowId")).sendKeys(id);
		new Select(form.findElement(By.name("from"))).selectByValue(from);
		new Select(form.findElement(By.name("to"))).selectByValue(to);
		form.findElement(By.name("value")).sendKeys(value);
		form.findElement(By.name("sigma")).sendKeys(sigma);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector("#flows tbody tr")).stream().anyMatch(r -> r.getText().startsWith(id)));
	}

	@Test
	void aParkUserBuildsReconcilesAndViewsAModel() {
		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);
		chromium.signIn("http://localhost:" + port, "park-etdz", DEMO_PASSWORD);
		browser.get("http://localhost:" + port + "/parks/wz-etdz");
		browser.findElement(By.id("models-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("model-form")));
		browser.findElement(By.id("model-name")).sendKeys("分流器示例模型");
		browser.findElement(By.id("model-year")).sendKeys("2016");
		browser.findElement(By.cssSelector("#model-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("process-form")));
		assertThat(browser.findElement(By.id("model-title")).getText()).isEqualTo("分流器示例模型");

		WebElement process = browser.findElement(By.id("process-form"));
		process.findElement(By.name("processId")).sendKeys("P1");
		process.findElement(By.name("name")).sendKeys("分流器");
		process.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("processes"), "分流器"));

		addFlow(browser, "F1", "", "P1", "9.22", "0.2766");
		addFlow(browser, "F2", "P1", "", "4.83", "0.1449");
		addFlow(browser, "F3", "P1", "", "3.22", "0.0966");

		WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reconciled")));
		assertThat(table.findElement(By.cssSelector("tr[data-flow=F1]")).getText()).contains("9.2200").contains("8.3821");
		assertThat(table.findElement(By.cssSelector("tr[data-flow=F2]")).getText()).contains("5.0599");
		assertThat(table.findElement(By.cssSelector("tr[data-flow=F3]")).getText()).contains("3.3222");
		assertThat(browser.findElement(By.id("global-test")).getText()).contains("整体检验未通过").contains("12.81");
		wait.until(d -> !d.findElements(By.cssSelector("#sankey canvas")).isEmpty());
		assertThat(chromium.consoleErrors()).isEmpty();
		chromium.screenshot("model.png");
		// deleting a process asks first and says that its flows go with it; cancelled, nothing changes
		browser.findElement(By.cssSelector("#processes form button")).click();
		org.openqa.selenium.Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains("分流器").contains("3 条流");
		confirm.dismiss();
		assertThat(browser.findElement(By.id("flows")).getText()).contains("F1").contains("F3");
		// a flow with a negative value is refused, naming it, and the form keeps what was typed
		WebElement flowForm = browser.findElement(By.id("flow-form"));
		flowForm.findElement(By.name("flowId")).sendKeys("F4");
		new Select(flowForm.findElement(By.name("from"))).selectByValue("P1");
		flowForm.findElement(By.name("value")).sendKeys("-2");
		flowForm.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
		assertThat(browser.findElement(By.id("form-errors")).getText()).contains("F4").contains("不能为负");
		assertThat(browser.findElement(By.id("flow-id")).getDomProperty("value")).isEqualTo("F4");
		assertThat(browser.findElement(By.id("flow-value")).getDomProperty("value")).isEqualTo("-2");
		// a model with a substance layer, imported from JSON: each layer is drawn in its own colour
		java.nio.file.Path file;
		try {
			file = java.nio.file.Files.createTempFile("layered", ".json");
			java.nio.file.Files.writeString(file, """
					{"processes":[{"id":"S","name":"冶炼"}],
					 "flows":[{"id":"ore","from":null,"to":"S","value":1000,"relativeSigma":0.05},
					          {"id":"metal","from":"S","to":null,"value":610,"relativeSigma":0.03},
					          {"id":"slag","from":"S","to":null,"value":300,"relativeSigma":0.08},
					          {"id":"dust","from":"S","to":null,"value":90,"relativeSigma":0.15}],
					 "layers":[{"id":"Cd","concentrations":[{"flow":"ore","value":0.02,"sigma":0.002},
					          {"flow":"metal","value":0.001,"relativeSigma":0.2},{"flow":"slag","value":0.03,"sigma":0.003},
					          {"flow":"dust","value":null}]}]}""");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		browser.findElement(By.cssSelector("#model-import input[type=file]")).sendKeys(file.toString());
		browser.findElement(By.cssSelector("#model-import button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.layer-table[data-layer=Cd]")));
		assertThat(browser.findElement(By.cssSelector("table.layer-table tr[data-flow=dust]")).getText()).contains("0.115444").contains("可计算");
		wait.until(d -> !d.findElements(By.cssSelector("#sankey canvas")).isEmpty());
		new Select(browser.findElement(By.id("sankey-layer"))).selectByValue("Cd");
		assertThat(chromium.consoleErrors()).isEmpty();
		chromium.screenshot("model-layer.png");
	}

}
