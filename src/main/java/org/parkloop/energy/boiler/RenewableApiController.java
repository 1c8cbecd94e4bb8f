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
@Tag(name = "Renewables 可再生能源", description = "The enterprises' renewable and efficient installations (R12)")
class RenewableApiController {

	private final Renewables renewables;

	RenewableApiController(Renewables renewables) {
		this.renewables = renewables;
	}

	@GetMapping("/api/v1/energy/renewables")
	@Operation(summary = "The installations the caller may read (an enterprise its own), optionally of one park")
	List<Renewable> list(@RequestParam(required = false) String parkCode) {
		return renewables.list(parkCode);
	}

	@PostMapping("/api/v1/energy/renewables")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an installation (its enterprise, the park's office or CITY): {creditCode, name, kind: "
			+ "PV|SOLAR_THERMAL|HEAT_PUMP|BIOMASS|CHP, capacity, capacityUnit: kW|m², electricityMwh, heatGj, "
			+ "commissionedOn, decommissionedOn}; the park's derived figures go to the indicators")
	Renewable create(@RequestBody Renewable.Command body) {
		return renewables.create(body);
	}

	@GetMapping("/api/v1/energy/renewables/{id}")
	Renewable get(@PathVariable long id) {
		return renewables.get(id);
	}

	@PutMapping("/api/v1/energy/renewables/{id}")
	@Operation(summary = "Change an installation (e.g. its decommissioning date), with the version read")
	Renewable update(@PathVariable long id, @RequestBody Renewable.Command body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return renewables.update(id, body, Versions.of(ifMatch, body.version()));
	}
}
