package org.parkloop.indicators.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController("indicatorCatalogueApi")
@Tag(name = "Indicators 指标", description = "Data items and indicator definitions")
class CatalogueApiController {

	private final IndicatorCatalogue catalogue;
	private final Clock clock;

	CatalogueApiController(IndicatorCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/api/v1/indicators/items")
	@Operation(summary = "The data items enterprises and parks report, with their dimension and canonical unit")
	List<IndicatorCatalogue.Item> items() {
		return catalogue.items();
	}

	@GetMapping("/api/v1/indicators/definitions")
	@Operation(summary = "The indicator definitions in force in a year (this year by default)")
	List<IndicatorCatalogue.Definition> definitions(@RequestParam(required = false) Integer year) {
		return catalogue.definitions(year == null ? LocalDate.now(clock).getYear() : year);
	}
}
