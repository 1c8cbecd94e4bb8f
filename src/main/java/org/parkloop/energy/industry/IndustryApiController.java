package org.parkloop.energy.industry;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Industry 产业结构", description = "Pillar and emerging industries, entry standards, backward capacity (R8)")
class IndustryApiController {

	private final IndustryStructure structure;
	private final EntryStandards standards;
	private final BackwardCapacity backward;
	private final java.time.Clock clock;

	IndustryApiController(IndustryStructure structure, EntryStandards standards, BackwardCapacity backward,
			java.time.Clock clock) {
		this.structure = structure;
		this.standards = standards;
		this.backward = backward;
		this.clock = clock;
	}

	@GetMapping("/api/v1/energy/industry-categories")
	@Operation(summary = "Wenzhou's five pillar and ten emerging industries with their GB/T 4754 divisions")
	List<IndustryStructure.Category> categories() {
		return structure.categories();
	}

	@GetMapping("/api/v1/parks/{code}/energy/industry-structure")
	@Operation(summary = "The park's value added by division and the pillar and emerging shares in a year (last year "
			+ "by default), from the enterprises' accepted reports")
	IndustryStructure.Result structure(@PathVariable String code, @RequestParam(required = false) Integer year) {
		return structure.of(code, year == null ? lastYear() : year);
	}

	@GetMapping("/api/v1/energy/entry-standards")
	List<EntryStandards.Standard> entryStandards() {
		return standards.all();
	}

	@PutMapping("/api/v1/energy/entry-standards/{industryCode}/{indicator}")
	@Operation(summary = "Set a ceiling of ENERGY_INTENSITY (tce/万元) or WATER_INTENSITY (m³/万元) for a division (CITY)")
	EntryStandards.Standard putStandard(@PathVariable String industryCode, @PathVariable String indicator,
			@RequestBody EntryStandards.Command body) {
		return standards.put(industryCode, indicator, body);
	}

	@GetMapping("/api/v1/parks/{code}/energy/entry-gaps")
	@Operation(summary = "The park's enterprises above their division's entry standard in a year, with the gap")
	List<EntryStandards.Gap> gaps(@PathVariable String code, @RequestParam(required = false) Integer year) {
		return standards.gaps(code, year == null ? lastYear() : year);
	}

	@GetMapping("/api/v1/energy/backward-capacity")
	List<BackwardCapacity.Item> backward(@RequestParam(required = false) String parkCode) {
		return backward.list(parkCode);
	}

	@PostMapping("/api/v1/energy/backward-capacity")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "List backward capacity to phase out (the park's office or CITY): {creditCode, description, "
			+ "capacity, unit, deadline, source}")
	BackwardCapacity.Item addBackward(@RequestBody BackwardCapacity.Command body) {
		return backward.create(body);
	}

	@PostMapping("/api/v1/energy/backward-capacity/{id}/eliminated")
	BackwardCapacity.Item eliminated(@PathVariable long id, @RequestBody BackwardCapacity.Elimination body) {
		return backward.eliminate(id, body);
	}

	private int lastYear() {
		return java.time.LocalDate.now(clock).getYear() - 1;
	}
}
