package org.parkloop.exchange;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OptimizeApiTest extends IntegrationTest {

	@Test
	void theIssuesExampleAllocatesTheOfferToTheWant() throws Exception {
		mvc.perform(post("/api/v1/exchange/optimize").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{ "offers": [{"id": "O1", "material": "SW06", "quantity": 1000, "lat": 27.95, "lon": 120.72,
				              "disposalCostPerTonne": 80, "hazardous": false}],
				  "wants":  [{"id": "W1", "quantity": 800, "lat": 28.01, "lon": 120.65, "maxDistanceKm": 100,
				              "accepts": [{"material": "SW06", "valuePerTonne": 60}], "licensedCodes": []}],
				  "transportCostPerTonneKm": 0.6, "roadFactor": 1.0 }"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.optimal").value(true))
			.andExpect(jsonPath("$.allocations[0].offer").value("O1"))
			.andExpect(jsonPath("$.allocations[0].want").value("W1"))
			.andExpect(jsonPath("$.allocations[0].quantity", closeTo(800, 1e-9)))
			.andExpect(jsonPath("$.allocations[0].distanceKm", closeTo(9.5792090094, 1e-9)))
			.andExpect(jsonPath("$.divertedTonnes", closeTo(800, 1e-9)))
			.andExpect(jsonPath("$.objective", closeTo(107401.97967549, 1e-6)))
			.andExpect(jsonPath("$.greedy.divertedTonnes", closeTo(800, 1e-9)));
	}

	@Test
	void badInstancesAreProblemDetailsNamingTheIds() throws Exception {
		mvc.perform(post("/api/v1/exchange/optimize").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{ "offers": [{"id": "O1", "material": "SW06", "quantity": -5, "lat": 27.95, "lon": 120.72}],
				  "wants":  [{"id": "W1", "quantity": 800, "lat": 28.01, "lon": 120.65, "maxDistanceKm": 100, "accepts": []}],
				  "transportCostPerTonneKm": 0.6, "roadFactor": 1.0 }"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.ids", contains("O1", "W1")));
	}
}
