package org.parkloop.energy.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map layers (R10, R7): heat-network coverage areas, park boundaries and zoning areas, uploaded as a GeoJSON
 * FeatureCollection by CITY (any park) or a park's office (its own); every feature names its park and the date it is
 * valid from (zoning: its restriction). An upload is all or nothing, each problem naming the feature. The features of
 * a layer and park on a day are those of its latest upload valid from that day or earlier.
 */
@Service
@Transactional
public class GeoLayers {

	public static final Set<String> LAYERS = Set.of("heat-coverage", "park-boundary", "zoning");
	static final int MAX_FEATURES = 5_000;

	/** A stored feature. */
	public record Feature(long id, String layer, String parkCode, LocalDate validFrom, String name, String restriction,
			String source, Geometry geometry, String geoJson) {
	}

	private final JdbcClient jdbc;
	private final ParkCatalog parks;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final JsonMapper json;

	GeoLayers(JdbcClient jdbc, ParkCatalog parks, ParkAccess access, CurrentCaller callers, Audit audit, JsonMapper json) {
		this.jdbc = jdbc;
		this.parks = parks;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.json = json;
	}

	/** Stores the collection's features; the count stored. */
	int upload(String layer, JsonNode collection) {
		checkLayer(layer);
		if (!callers.get().has(Role.CITY) && callers.get().scopes(Role.PARK).isEmpty()) {
			throw new Forbidden("access.geo.upload", "");
		}
		JsonNode features = collection == null ? null : collection.path("features");
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asString("")) || !features.isArray()) {
			throw new InvalidInput(List.of(new FieldProblem("type", "geo.collection")));
		}
		if (features.size() == 0 || features.size() > MAX_FEATURES) {
			throw new InvalidInput(List.of(new FieldProblem("features", "geo.count", MAX_FEATURES)));
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			JsonNode f = features.get(i);
			String at = "features[" + i + "]";
			if (!"Feature".equals(f.path("type").asString(""))) {
				problems.add(new FieldProblem(at + ".type", "geo.feature"));
			}
			JsonNode p = f.path("properties");
			String park = p.path("parkCode").asString(null);
			LocalDate from = null;
			try {
				from = LocalDate.parse(p.path("validFrom").asString(""));
			}
			catch (java.time.format.DateTimeParseException e) {
				problems.add(new FieldProblem(at + ".properties.validFrom", "geo.validFrom"));
			}
			if (park == null || parks.find(park).isEmpty()) {
				problems.add(new FieldProblem(at + ".properties.parkCode", "geo.park", park));
			}
			else if (!callers.get().has(Role.CITY) && !callers.get().scopes(Role.PARK).contains(park)) {
				throw new Forbidden("access.geo.upload", park);
			}
			String restriction = p.path("restriction").asString(null);
			String source = p.path("source").asString(null);
			if (layer.equals("zoning") && (restriction == null || restriction.isBlank())) {
				problems.add(new FieldProblem(at + ".properties.restriction", "validation.required"));
			}
			if (layer.equals("zoning") && (source == null || source.isBlank())) {
				problems.add(new FieldProblem(at + ".properties.source", "validation.required"));
			}
			if (source != null && source.length() > 400) {
				problems.add(new FieldProblem(at + ".properties.source", "validation.tooLong", 400));
			}
			String name = p.path("name").asString(null);
			if (name != null && name.length() > 200) {
				problems.add(new FieldProblem(at + ".properties.name", "validation.tooLong", 200));
			}
			if (restriction != null && restriction.length() > 200) {
				problems.add(new FieldProblem(at + ".properties.restriction", "validation.tooLong", 200));
			}
			try {
				Geometry g = GeoJsonPolygons.read(f.get("geometry"));
				Envelope e = g.getEnvelopeInternal();
				rows.add(new Object[] { layer, park, from, name, restriction, source, json.writeValueAsString(f.get("geometry")),
						e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX(), callers.get().username() });
			}
			catch (GeoJsonPolygons.Invalid e) {
				problems.add(new FieldProblem(at + ".geometry", e.key(), e.args()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		for (Object[] r : rows) {
			jdbc.sql("""
					insert into geo_feature (layer, park_code, valid_from, name, restriction, source, geometry, min_lat, min_lng,
					    max_lat, max_lng, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(r).update();
		}
		audit.record("IMPORT", "geo_feature", layer, rows.size() + " features");
		return rows.size();
	}

	/** The layer's features in force on the day, of one park or of all (no access check: for computations). */
	@Transactional(readOnly = true)
	public List<Feature> inForce(String layer, String parkCode, LocalDate day) {
		return inForce(layer, parkCode, day, null);
	}

	/** The same, only those whose bounding box meets {@code near} (all when null). */
	@Transactional(readOnly = true)
	public List<Feature> inForce(String layer, String parkCode, LocalDate day, Envelope near) {
		checkLayer(layer);
		Envelope box = near == null ? new Envelope(-180, 180, -90, 90) : near;
		return jdbc.sql("""
				select id, layer, park_code, valid_from, name, restriction, source, geometry from geo_feature f
				where layer = ? and (cast(? as varchar) is null or park_code = ?)
				  and min_lat <= ? and max_lat >= ? and min_lng <= ? and max_lng >= ?
				  and valid_from = (
				    select max(valid_from) from geo_feature g
				    where g.layer = f.layer and g.park_code = f.park_code and g.valid_from <= ?)
				order by park_code, id""")
			.params(layer, parkCode, parkCode, box.getMaxY(), box.getMinY(), box.getMaxX(), box.getMinX(), day)
			.query((rs, n) -> new Feature(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					rs.getString(5), rs.getString(6), rs.getString(7), GeoJsonPolygons.read(json.readTree(rs.getString(8))),
					rs.getString(8)))
			.list();
	}

	/** The layer as a FeatureCollection for the caller: the parks it reads as an office, or all for CITY. */
	@Transactional(readOnly = true)
	ObjectNode collection(String layer, LocalDate day) {
		ObjectNode out = json.createObjectNode().put("type", "FeatureCollection");
		var array = out.putArray("features");
		Map<String, Boolean> visible = new LinkedHashMap<>();
		for (Feature f : inForce(layer, null, day)) {
			if (!visible.computeIfAbsent(f.parkCode(), p -> parks.find(p).filter(access::canReadAsOffice).isPresent())) {
				continue;
			}
			ObjectNode feature = array.addObject().put("type", "Feature");
			feature.putObject("properties").put("id", f.id()).put("parkCode", f.parkCode())
				.put("validFrom", f.validFrom().toString()).put("name", f.name()).put("restriction", f.restriction())
				.put("source", f.source());
			feature.set("geometry", json.readTree(f.geoJson()));
		}
		return out;
	}

	private static void checkLayer(String layer) {
		if (!LAYERS.contains(layer)) {
			throw new NotFound("geo.layer", layer);
		}
	}
}
