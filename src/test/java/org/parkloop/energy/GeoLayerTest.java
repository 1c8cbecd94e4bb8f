package org.parkloop.energy;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Heat-network coverage as a GeoJSON layer (R10): bad geometry refused naming the feature and the reason; a boiler
 * inside (or on the edge of) the coverage in force is inside, computed, never typed in; the scattered-boiler rule then
 * applies from the date the coverage is valid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoLayerTest extends IntegrationTest {

	static final String PW = "Geo-layer-pw-2026";
	static final String PARK = "zj-pingyang-eda";
	static final String ENTERPRISE = CreditCode.complete("91330326MA2GEW01");

	@BeforeAll
	void setUp() throws Exception {
		send(post("/api/v1/enterprises"), admin(), """
				{"creditCode":"%s","name":"图层测试造纸","parkCode":"%s","industryCode":"22","size":"MEDIUM"}"""
			.formatted(ENTERPRISE, PARK)).andExpect(status().isCreated());
		for (String[] u : new String[][] { { "geo-park", "PARK:" + PARK }, { "geo-other", "PARK:zj-cangnan-ip" } }) {
			send(post("/api/v1/users"), admin(), "{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}"
				.formatted(u[0], PW, u[1])).andExpect(status().isCreated());
		}
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, PW);
	}

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	static String collection(String geometry, String validFrom) {
		return """
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"parkCode":"%s","validFrom":"%s","name":"一期热网"},"geometry":%s}]}"""
			.formatted(PARK, validFrom, geometry);
	}

	static final String SQUARE = """
			{"type":"Polygon","coordinates":[[[120.40,27.60],[120.42,27.60],[120.42,27.62],[120.40,27.62],[120.40,27.60]]]}""";

	long boiler(String tonnes, double lat, double lng) throws Exception {
		String body = send(post("/api/v1/boilers"), as("geo-park"), """
				{"creditCode":"%s","capacity":%s,"fuel":"COAL","latitude":%s,"longitude":%s}"""
			.formatted(ENTERPRISE, tonnes, lat, lng)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void coverageIsComputedFromTheLayerInForce() throws Exception {
		long inside = boiler("20", 27.61, 120.41);
		long onEdge = boiler("20", 27.61, 120.42);
		long outside = boiler("20", 27.65, 120.41);
		// no coverage recorded yet: unknown, not outside
		mvc.perform(get("/api/v1/boilers/" + inside).with(as("geo-park"))).andExpect(jsonPath("$.insideCoverage").doesNotExist());

		String layer = "/api/v1/geo/layers/heat-coverage";
		send(post(layer), as("geo-park"), collection("""
				{"type":"Polygon","coordinates":[[[120.40,27.60],[120.42,27.60],[120.42,27.62],[120.40,27.62]]]}""", "2016-01-01"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("features[0].geometry"))
			.andExpect(jsonPath("$.errors[0].message", containsString("闭合")));
		send(post(layer), as("geo-park"), collection("""
				{"type":"Polygon","coordinates":[[[120.40,27.60],[120.42,27.62],[120.42,27.60],[120.40,27.62],[120.40,27.60]]]}""",
				"2016-01-01"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("Self-intersection")));
		send(post(layer), as("geo-park"), collection("""
				{"type":"Polygon","coordinates":[[[27.60,120.40],[27.62,120.40],[27.62,120.42],[27.60,120.40]]]}""", "2016-01-01"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("WGS-84")));
		send(post(layer), as("geo-park"), collection("{\"type\":\"Point\",\"coordinates\":[120.41,27.61]}", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("features[0].properties.validFrom")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("features[0].geometry")));
		send(post(layer), as("geo-other"), collection(SQUARE, "2016-01-01")).andExpect(status().isForbidden());
		send(post(layer), as("geo-park"), collection(SQUARE, "2016-01-01")).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(1));

		mvc.perform(get("/api/v1/boilers/" + inside).with(as("geo-park"))).andExpect(jsonPath("$.insideCoverage").value(true));
		mvc.perform(get("/api/v1/boilers/" + onEdge).with(as("geo-park"))).andExpect(jsonPath("$.insideCoverage").value(true));
		mvc.perform(get("/api/v1/boilers/" + outside).with(as("geo-park"))).andExpect(jsonPath("$.insideCoverage").value(false));
		mvc.perform(get(layer).with(as("geo-park"))).andExpect(jsonPath("$.features[0].properties.name").value("一期热网"));
		mvc.perform(get(layer).with(as("geo-other"))).andExpect(jsonPath("$.features.length()").value(0));

		// the scattered-boiler rule covers the two inside, from the coverage's date on
		String compliance = "/api/v1/parks/" + PARK + "/energy/compliance";
		mvc.perform(get(compliance).param("asOf", "2015-06-30").with(as("geo-park")))
			.andExpect(jsonPath("$.dueNext.length()").value(0))
			.andExpect(jsonPath("$.centralHeating").isEmpty());
		mvc.perform(get(compliance).param("asOf", "2018-01-01").with(as("geo-park")))
			.andExpect(jsonPath("$.overdue.length()").value(2))
			.andExpect(jsonPath("$.overdue[*].boilerId", hasItem((int) inside)))
			.andExpect(jsonPath("$.overdue[*].boilerId", hasItem((int) onEdge)))
			.andExpect(jsonPath("$.overdue[*].rule", hasItem("R10-2017-COVERAGE")))
			.andExpect(jsonPath("$.centralHeating['" + PARK + "']").value(false));
	}
}
