package org.parkloop.energy.geo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@Tag(name = "Map layers 地图图层", description = "Heat-network coverage, park boundaries and zoning as GeoJSON (R10, R7)")
class GeoApiController {

	private final GeoLayers layers;
	private final Clock clock;

	GeoApiController(GeoLayers layers, Clock clock) {
		this.layers = layers;
		this.clock = clock;
	}

	@PostMapping("/api/v1/geo/layers/{layer}")
	@Operation(summary = "Upload a GeoJSON FeatureCollection of polygons (CITY any park, a park its own): properties "
			+ "parkCode, validFrom, name, and for zoning restriction and source; all or nothing, each problem naming the feature")
	Map<String, Object> upload(@PathVariable String layer, @RequestBody JsonNode collection) {
		return Map.of("layer", layer, "stored", layers.upload(layer, collection));
	}

	@GetMapping("/api/v1/geo/layers/{layer}")
	@Operation(summary = "The layer's features in force on a date (today by default), of the parks the caller reads")
	ObjectNode get(@PathVariable String layer, @RequestParam(required = false) LocalDate asOf) {
		return layers.collection(layer, asOf == null ? LocalDate.now(clock) : asOf);
	}
}
