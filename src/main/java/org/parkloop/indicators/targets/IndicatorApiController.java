package org.parkloop.indicators.targets;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.indicators.values.IndicatorValues;
import org.parkloop.platform.Versions;
import org.parkloop.registry.ParkView;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Park indicators 园区指标", description = "A park's indicator values, its targets and R17's 90 % test")
class IndicatorApiController {

	private final IndicatorValues values;
	private final ParkTargets targets;
	private final ParkIndicators tests;
	private final java.time.Clock clock;

	IndicatorApiController(IndicatorValues values, ParkTargets targets, ParkIndicators tests, java.time.Clock clock) {
		this.clock = clock;
		this.values = values;
		this.targets = targets;
		this.tests = tests;
	}

	@GetMapping("/api/v1/parks/{code}/indicators")
	@Operation(summary = "The park's indicator values of a year, each with whether it is complete and who is missing")
	List<IndicatorValues.ParkIndicator> indicators(@PathVariable String code, @RequestParam(required = false) Integer year) {
		return values.of(code, year == null ? lastYear() : year);
	}

	@GetMapping("/api/v1/parks/{code}/indicators/derived")
	@Operation(summary = "Park-level figures other modules derive from their own data (e.g. renewable generation, coal "
			+ "no longer burned), marked with their source; every year when none is given")
	List<ParkIndicators.Derived> derived(@PathVariable String code, @RequestParam(required = false) Integer year) {
		return tests.derived(code, year);
	}

	/** Without a year: last year's, the latest a year's data is complete for. */
	private int lastYear() {
		return java.time.LocalDate.now(clock).getYear() - 1;
	}

	@GetMapping("/api/v1/parks/{code}/targets")
	@Operation(summary = "The park's base year, target year and targets (empty indicators when none are set)")
	ParkIndicators.Targets targets(@PathVariable String code) {
		values.checkOffice(code);
		return targets.of(code).orElse(new ParkIndicators.Targets(null, null, List.of(), null, null, null));
	}

	@PutMapping("/api/v1/parks/{code}/targets")
	@Operation(summary = "Enter the park's targets (its PARK office or CITY), unless an approved plan has set them")
	@Transactional
	ParkIndicators.Targets putTargets(@PathVariable String code, @RequestBody ParkIndicators.Targets body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ParkView park = values.checkOffice(code);
		return targets.enter(park, body, Versions.of(ifMatch, body.version()));
	}

	@GetMapping("/api/v1/parks/{code}/acceptance-test")
	@Operation(summary = "R17: whether every targeted indicator reaches 90 % of its target in the year")
	ParkIndicators.AcceptanceTest acceptanceTest(@PathVariable String code, @RequestParam(required = false) Integer year) {
		return tests.acceptanceTest(code, year == null ? lastYear() : year);
	}
}
