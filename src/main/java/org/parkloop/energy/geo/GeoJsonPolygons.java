package org.parkloop.energy.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;

/**
 * Reads the polygons of a GeoJSON geometry (Polygon or MultiPolygon, WGS-84 longitude-latitude) into JTS and says
 * what is wrong with one: a ring not closed or too short, a coordinate out of range, a self-intersection. Plain Java.
 */
public final class GeoJsonPolygons {

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJsonPolygons() {
	}

	/** A geometry that cannot be used, and why ("geo.ringNotClosed"), with the values the message names. */
	public static final class Invalid extends RuntimeException {

		private final String key;
		private final transient Object[] args;

		Invalid(String key, Object... args) {
			super(key);
			this.key = key;
			this.args = args;
		}

		public String key() {
			return key;
		}

		public Object[] args() {
			return args;
		}
	}

	public static Geometry read(JsonNode geometry) {
		if (geometry == null || !geometry.isObject()) {
			throw new Invalid("geo.noGeometry");
		}
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		Geometry g = switch (type) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				for (JsonNode p : coordinates) {
					polygons.add(polygon(p));
				}
				if (polygons.isEmpty()) {
					throw new Invalid("geo.empty");
				}
				yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new Invalid("geo.type", type);
		};
		TopologyValidationError error = new IsValidOp(g).getValidationError();
		if (error != null) {
			Coordinate at = error.getCoordinate();
			throw new Invalid("geo.invalid", error.getMessage(), at == null ? "" : at.y + ", " + at.x);
		}
		return g;
	}

	private static Polygon polygon(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new Invalid("geo.empty");
		}
		LinearRing shell = ring(rings.get(0));
		List<LinearRing> holes = new ArrayList<>();
		for (int i = 1; i < rings.size(); i++) {
			holes.add(ring(rings.get(i)));
		}
		return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
	}

	private static LinearRing ring(JsonNode positions) {
		if (!positions.isArray() || positions.size() < 4) {
			throw new Invalid("geo.ringShort");
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			JsonNode p = positions.get(i);
			if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
				throw new Invalid("geo.position", i + 1);
			}
			double lng = p.get(0).asDouble();
			double lat = p.get(1).asDouble();
			if (lng < -180 || lng > 180 || lat < -90 || lat > 90 || !Double.isFinite(lng) || !Double.isFinite(lat)) {
				throw new Invalid("geo.range", lat, lng);
			}
			coordinates[i] = new Coordinate(lng, lat);
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new Invalid("geo.ringNotClosed");
		}
		return FACTORY.createLinearRing(coordinates);
	}

	/** Whether the point lies in the polygon or on its edge (a boiler on the boundary is inside). */
	public static boolean covers(Geometry polygon, double lat, double lng) {
		return polygon.covers(FACTORY.createPoint(new Coordinate(lng, lat)));
	}
}
