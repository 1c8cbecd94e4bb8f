package org.parkloop.indicators.catalogue;

import java.io.IOException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The shipped items and definitions, loaded at start where missing. */
@Component
@Order(15)
class CatalogueSeeder implements ApplicationRunner {

	private final IndicatorCatalogue catalogue;

	CatalogueSeeder(IndicatorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		catalogue.seed();
	}
}
