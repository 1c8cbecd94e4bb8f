package org.parkloop.energy.zoning;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Zoning 布局管控", description = "Enterprises inside restricted zoning areas and their relocation or conversion (R7)")
class ZoningApiController {

	private final Relocations relocations;

	ZoningApiController(Relocations relocations) {
		this.relocations = relocations;
	}

	@GetMapping("/api/v1/energy/zoning-flags")
	@Operation(summary = "Enterprises lying inside a restricted zoning area in force on a date (today by default), "
			+ "with the area's restriction and their relocation or conversion case")
	List<Relocations.Flag> flags(@RequestParam(required = false) String parkCode,
			@RequestParam(required = false) LocalDate asOf) {
		return relocations.flags(parkCode, asOf);
	}

	@GetMapping("/api/v1/energy/relocations")
	List<Relocation> list(@RequestParam(required = false) String parkCode) {
		return relocations.list(parkCode);
	}

	@PostMapping("/api/v1/energy/relocations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a relocation or conversion case for a flagged enterprise (its park's office or CITY): "
			+ "{creditCode, action: RELOCATE|CONVERT, date, note}")
	Relocation open(@RequestBody Relocations.OpenCommand body) {
		return relocations.open(body);
	}

	@GetMapping("/api/v1/energy/relocations/{id}")
	Relocation get(@PathVariable long id) {
		return relocations.get(id);
	}

	@PostMapping("/api/v1/energy/relocations/{id}/outcome")
	@Operation(summary = "Close an open case with its dated outcome: RELOCATED or CONVERTED (as the action), CLOSED, EXEMPTED")
	Relocation decide(@PathVariable long id, @RequestBody Relocations.OutcomeCommand body) {
		return relocations.decide(id, body);
	}
}
