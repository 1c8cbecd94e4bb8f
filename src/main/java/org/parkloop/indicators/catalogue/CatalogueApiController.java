package org.parkloop.indicators.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController("indicatorCatalogueApi")
@Tag(name = "Indicators 指标", description = "Data items and indicator definitions")
class CatalogueApiController {

	private final IndicatorCatalogue catalogue;
	private final DefinitionChanges changes;
	private final Clock clock;

	CatalogueApiController(IndicatorCatalogue catalogue, DefinitionChanges changes, Clock clock) {
		this.catalogue = catalogue;
		this.changes = changes;
		this.clock = clock;
	}

	@PostMapping("/api/v1/indicators/definitions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an indicator definition (CITY): its formula over item codes is checked")
	IndicatorCatalogue.Definition create(@RequestBody DefinitionChanges.Command command) {
		return changes.create(command);
	}

	@PutMapping("/api/v1/indicators/definitions/{code}")
	@Operation(summary = "A new version of a definition valid from a later year (CITY), with the version read")
	IndicatorCatalogue.Definition revise(@PathVariable String code, @RequestBody DefinitionChanges.Command command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return changes.revise(code, command, Versions.of(ifMatch, command.version()));
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
