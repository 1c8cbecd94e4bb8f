package org.parkloop.energy.map;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
@Tag(name = "Map 地图", description = "The parks' map as GeoJSON: outlines, coverage, zoning, enterprises, boilers, exchange flows")
class MapApiController {

	private final EnergyMap map;

	MapApiController(EnergyMap map) {
		this.map = map;
	}

	@GetMapping("/api/v1/energy/map")
	@Operation(summary = "One park's map (or every park the caller reads as an office) on a date as a GeoJSON "
			+ "FeatureCollection; each feature's `layer`: park-boundary, heat-coverage, zoning, enterprise, boiler, flow")
	ObjectNode map(@RequestParam(required = false) String parkCode, @RequestParam(required = false) LocalDate asOf) {
		return map.of(parkCode, asOf);
	}
}
