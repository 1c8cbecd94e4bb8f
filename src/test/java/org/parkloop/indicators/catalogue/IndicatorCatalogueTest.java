package org.parkloop.indicators.catalogue;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IndicatorCatalogueTest extends IntegrationTest {

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void theShippedItemsAndDefinitionsAreServed() throws Exception {
		mvc.perform(get("/api/v1/indicators/items").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(25)))
			.andExpect(jsonPath("$[?(@.code == 'value_added')].unit").value("万元"))
			.andExpect(jsonPath("$[?(@.code == 'value_added')].dimension").value("MONEY"))
			.andExpect(jsonPath("$[?(@.code == 'land_area')].level").value("PARK"));
		// the shipped 15 (other tests of this context may add their own)
		mvc.perform(get("/api/v1/indicators/definitions").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.validFrom == 2000)]", hasSize(15)))
			.andExpect(jsonPath("$[?(@.code == 'SOLID_WASTE_UTILISATION_RATE')].formula")
				.value("solid_waste_utilised / (solid_waste_generated + solid_waste_utilised_stored) * 100"))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].direction").value("LOWER_IS_BETTER"))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].unit").value("tce/万元"));
		mvc.perform(get("/api/v1/indicators/definitions?year=1999").with(admin())).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/indicators/items")).andExpect(status().isUnauthorized());
	}

	@Test
	void seedingAgainChangesNothing() throws Exception {
		int items = catalogue.items().size();
		int definitions = catalogue.definitions(2026).size();
		catalogue.seed();
		assertThat(catalogue.items()).hasSize(items);
		assertThat(catalogue.definitions(2026)).hasSize(definitions);
	}
}
