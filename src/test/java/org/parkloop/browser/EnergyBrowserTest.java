package org.parkloop.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.Browser;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R10 in the browser: a park's office opens its energy page, sees a 10 t/h coal boiler inside the heat network's
 * coverage overdue on the compliance chart and red on the map, records its elimination, and sees the chart and the
 * map change.
 */
class EnergyBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Browser chromium = new Browser();

	static final String PW = "Energy-browser-pw-2026";
	static final String PARK = "eb-park";
	static final String OWNER = CreditCode.complete("91330381MA2EBT01");

	ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void aParkRecordsAnEliminationAndSeesTheChartAndTheMapChange() throws Exception {
		send(post("/api/v1/parks"), """
				{"code":"%s","nameZh":"能源浏览器测试园区","nameEn":"Energy browser park","level":"PROVINCIAL",
				 "administeredBy":"瑞安市","establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		send(post("/api/v1/enterprises"), """
				{"creditCode":"%s","name":"能源测试印染厂","parkCode":"%s","industryCode":"17","size":"MEDIUM",
				 "latitude":27.80,"longitude":120.60}""".formatted(OWNER, PARK)).andExpect(status().isCreated());
		send(post("/api/v1/users"), "{\"username\":\"eb-park\",\"password\":\"%s\",\"grants\":[\"PARK:%s\"]}"
			.formatted(PW, PARK)).andExpect(status().isCreated());
		send(post("/api/v1/geo/layers/heat-coverage"), """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"parkCode":"%s","validFrom":"2014-01-01",
				 "name":"热网覆盖"},"geometry":{"type":"Polygon","coordinates":[[[120.59,27.79],[120.61,27.79],[120.61,27.81],
				 [120.59,27.81],[120.59,27.79]]]}}]}""".formatted(PARK)).andExpect(status().isOk());
		send(post("/api/v1/boilers"), """
				{"creditCode":"%s","name":"定型机锅炉","capacity":10,"capacityUnit":"t/h","fuel":"COAL","commissioningYear":2010,
				 "annualCoalTonnes":5000}""".formatted(OWNER)).andExpect(status().isCreated());

		ChromeDriver browser = chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		String base = "http://localhost:" + port;
		chromium.signIn(base, "eb-park", PW);
		browser.get(base + "/parks/" + PARK + "/energy");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-chart")));
		assertThat(browser.findElement(By.id("count-overdue")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("central-heating")).getDomAttribute("data-achieved")).isEqualTo("false");
		assertThat(lastPoint(browser)).containsEntry("overdue", 1L).containsEntry("done", 0L);
		assertThat(mapBoilers(browser)).containsExactly("COAL IN_USE");
		chromium.screenshot("energy-before.png");

		WebElement row = browser.findElement(By.cssSelector("#boilers tr[data-boiler]"));
		new Select(row.findElement(By.name("status"))).selectByValue("ELIMINATED");
		chromium.clickAndWait(row.findElement(By.cssSelector("button.record-change")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-chart")));
		assertThat(browser.findElement(By.cssSelector(".banner.ok")).getText()).contains("已记录");
		assertThat(browser.findElement(By.id("count-overdue")).getText()).isEqualTo("0");
		assertThat(browser.findElement(By.id("count-done")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("central-heating")).getDomAttribute("data-achieved")).isEqualTo("true");
		assertThat(browser.findElement(By.id("coal-saved")).getText()).contains("5,000");
		assertThat(lastPoint(browser)).containsEntry("overdue", 0L).containsEntry("done", 1L);
		assertThat(mapBoilers(browser)).containsExactly("COAL ELIMINATED");
		assertThat(browser.findElement(By.cssSelector("#boilers .boiler-status")).getText()).isEqualTo("已淘汰");
		chromium.screenshot("energy-after.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	/** Today's bar of the compliance chart, as drawn: overdue, due, done. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> lastPoint(ChromeDriver browser) {
		return (Map<String, Object>) browser.executeScript("""
				var o = echarts.getInstanceByDom(document.getElementById('compliance-chart')).getOption();
				var last = function (i) { var d = o.series[i].data; return d[d.length - 1]; };
				return { overdue: last(0), due: last(1), done: last(2) };""");
	}

	/** The boilers drawn on the map (Leaflet's layer of them): fuel and status. */
	@SuppressWarnings("unchecked")
	private static List<String> mapBoilers(ChromeDriver browser) {
		return (List<String>) browser.executeScript("""
				return window.parkloopMap.layers.boiler.getLayers().map(function (l) {
				  return l.feature.properties.fuel + ' ' + l.feature.properties.status; });""");
	}
}
