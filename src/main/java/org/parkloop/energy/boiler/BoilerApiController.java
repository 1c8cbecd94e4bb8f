package org.parkloop.energy.boiler;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Boilers 锅炉", description = "The parks' boilers and their dated status changes (R10)")
class BoilerApiController {

	private final Boilers boilers;
	private final Compliance compliance;

	BoilerApiController(Boilers boilers, Compliance compliance) {
		this.boilers = boilers;
		this.compliance = compliance;
	}

	@GetMapping("/api/v1/parks/{code}/energy/compliance")
	@Operation(summary = "R10's deadlines for the park's boilers as of a date (today when not given): overdue, due next, "
			+ "done, and the coal no longer burned in tce")
	Compliance.Result parkCompliance(@PathVariable String code,
			@RequestParam(required = false) java.time.LocalDate asOf) {
		return compliance.asOf(code, asOf);
	}

	@GetMapping("/api/v1/energy/compliance")
	@Operation(summary = "R10's deadlines city-wide (every park the caller may read) as of a date")
	Compliance.Result compliance(@RequestParam(required = false) java.time.LocalDate asOf) {
		return compliance.asOf(null, asOf);
	}

	@GetMapping("/api/v1/boilers")
	@Operation(summary = "The boilers the caller may read (an enterprise its own, a park its enterprises'), optionally of one park")
	List<Boiler> list(@RequestParam(required = false) String parkCode) {
		return boilers.list(parkCode, null);
	}

	@PostMapping("/api/v1/boilers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a boiler (its enterprise, the park's office or CITY); a location in GCJ02 or BD09 "
			+ "(`crs`) is stored in WGS-84; capacity in t/h or MW (0.7 MW per t/h)")
	Boiler create(@RequestBody BoilerCommand body) {
		return boilers.create(body);
	}

	@GetMapping("/api/v1/boilers/{id}")
	Boiler get(@PathVariable long id) {
		return boilers.get(id);
	}

	@PutMapping("/api/v1/boilers/{id}")
	@Operation(summary = "Change a boiler, with the version read (If-Match or `version`)")
	Boiler update(@PathVariable long id, @RequestBody BoilerCommand body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return boilers.update(id, body, Versions.of(ifMatch, body.version()));
	}

	@PostMapping("/api/v1/boilers/{id}/changes")
	@Operation(summary = "A dated status change: IN_USE, STANDBY, ELIMINATED, CONVERTED (with the new fuel), "
			+ "REPLACED_BY_CENTRAL_HEATING")
	Boiler change(@PathVariable long id, @RequestBody BoilerCommand.ChangeCommand body) {
		return boilers.change(id, body);
	}
}
