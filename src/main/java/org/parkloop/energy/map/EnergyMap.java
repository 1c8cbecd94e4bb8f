package org.parkloop.energy.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.energy.boiler.Boiler;
import org.parkloop.energy.boiler.Boilers;
import org.locationtech.jts.geom.Envelope;
import org.parkloop.energy.geo.AreaIndex;
import org.parkloop.energy.geo.GeoLayers;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Forbidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map of one park, or of every park the caller reads as an office, on a day, as one GeoJSON FeatureCollection
 * whose features say their {@code layer}: the polygons in force (park boundaries, heat coverage, zoning; zoning areas
 * of any park, since a restricted area need not lie in one), the enterprises (with the restriction of any zoning area
 * they lie in, R7) and the boilers as points, the exchange's completed deals as lines from supplier to receiver. No base
 * map is bundled: the outlines are what the city and the parks upload.
 */
@Service
@Transactional(readOnly = true)
public class EnergyMap {

	static final List<String> POLYGON_LAYERS = List.of("park-boundary", "heat-coverage", "zoning");

	private final GeoLayers layers;
	private final Boilers boilers;
	private final EnterpriseRegistry enterprises;
	private final ExchangeFlows flows;
	private final ParkCatalog parks;
	private final ParkAccess access;
	private final JsonMapper json;
	private final Clock clock;

	EnergyMap(GeoLayers layers, Boilers boilers, EnterpriseRegistry enterprises, ExchangeFlows flows, ParkCatalog parks,
			ParkAccess access, JsonMapper json, Clock clock) {
		this.layers = layers;
		this.boilers = boilers;
		this.enterprises = enterprises;
		this.flows = flows;
		this.parks = parks;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/** The parks of the map: the one asked for, or every park the caller reads as an office (none: forbidden). */
	public List<ParkView> parksOf(String parkCode) {
		if (parkCode != null) {
			return List.of(access.checkReadAsOffice(parkCode));
		}
		List<ParkView> all = parks.all().stream().filter(access::canReadAsOffice).toList();
		if (all.isEmpty()) {
			throw new Forbidden("access.energy.map", "");
		}
		return all;
	}

	public ObjectNode of(String parkCode, LocalDate date) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		Set<String> codes = new HashSet<>(parksOf(parkCode).stream().map(ParkView::code).toList());
		ObjectNode out = json.createObjectNode().put("type", "FeatureCollection").put("asOf", day.toString());
		ArrayNode features = out.putArray("features");
		List<EnterpriseRegistry.Profile> located = enterprises.profilesIn(codes);
		// zoning areas of any park (a restricted area need not lie in one), those near the enterprises of the map
		Envelope near = new Envelope();
		located.stream().filter(e -> e.latitude() != null && e.longitude() != null)
			.forEach(e -> near.expandToInclude(e.longitude(), e.latitude()));
		List<GeoLayers.Feature> zoning = near.isNull() ? List.of() : layers.inForce("zoning", null, day, near);
		for (String layer : POLYGON_LAYERS) {
			for (GeoLayers.Feature f : layers.inForce(layer, parkCode, day)) {
				if (codes.contains(f.parkCode())) {
					ObjectNode p = feature(features, json.readTree(f.geoJson())).put("layer", layer).put("id", f.id())
						.put("parkCode", f.parkCode()).put("name", f.name());
					if (f.restriction() != null) {
						p.put("restriction", f.restriction());
					}
				}
			}
		}
		List<ExchangeFlows.Flow> deals = flows.touching(codes);
		Set<String> outside = new HashSet<>();
		deals.forEach(d -> {
			outside.add(d.supplier());
			outside.add(d.receiver());
		});
		located.forEach(e -> outside.remove(e.creditCode()));
		Map<String, EnterpriseRegistry.Profile> profiles = new java.util.HashMap<>(enterprises.profiles(outside));
		located.forEach(e -> profiles.put(e.creditCode(), e));
		AreaIndex zones = new AreaIndex(zoning);
		for (EnterpriseRegistry.Profile e : located) {
			if (e.latitude() != null && e.longitude() != null) {
				ObjectNode p = feature(features, point(e.latitude(), e.longitude())).put("layer", "enterprise")
					.put("creditCode", e.creditCode()).put("name", e.name()).put("parkCode", e.parkCode())
					.put("industryCode", e.industryCode());
				List<String> restricted = zones.at(e.latitude(), e.longitude()).stream().map(GeoLayers.Feature::restriction)
					.toList();
				if (!restricted.isEmpty()) {
					p.put("restriction", String.join("；", restricted)); // R7: inside a zoning area
				}
			}
		}
		for (Boiler b : boilers.list(parkCode, day)) {
			if (codes.contains(b.parkCode())) {
				ObjectNode p = feature(features, point(b.latitude(), b.longitude())).put("layer", "boiler")
					.put("id", b.id()).put("name", b.name()).put("creditCode", b.creditCode())
					.put("parkCode", b.parkCode()).put("tonnesPerHour", b.tonnesPerHour()).put("fuel", b.fuel().name())
					.put("status", b.status().name()).put("heatSource", b.heatSource());
				if (b.insideCoverage() != null) {
					p.put("insideCoverage", b.insideCoverage());
				}
			}
		}
		for (ExchangeFlows.Flow d : deals) {
			EnterpriseRegistry.Profile from = profiles.get(d.supplier());
			EnterpriseRegistry.Profile to = profiles.get(d.receiver());
			if (from == null || to == null || from.latitude() == null || to.latitude() == null) {
				continue;
			}
			ObjectNode line = json.createObjectNode().put("type", "LineString");
			line.putArray("coordinates").add(json.createArrayNode().add(from.longitude()).add(from.latitude()))
				.add(json.createArrayNode().add(to.longitude()).add(to.latitude()));
			feature(features, line).put("layer", "flow").put("dealId", d.dealId()).put("material", d.material())
				.put("quantity", d.quantity()).put("unit", d.unit()).put("from", from.name()).put("to", to.name());
		}
		return out;
	}

	private ObjectNode feature(ArrayNode features, tools.jackson.databind.JsonNode geometry) {
		ObjectNode f = features.addObject().put("type", "Feature");
		f.set("geometry", geometry);
		return f.putObject("properties");
	}

	private ObjectNode point(double lat, double lng) {
		ObjectNode p = json.createObjectNode().put("type", "Point");
		p.putArray("coordinates").add(lng).add(lat);
		return p;
	}
}
