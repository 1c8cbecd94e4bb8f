package org.parkloop.energy.geo;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Whether points lie inside the heat networks' coverage areas of their park (on an edge counts as inside), with the
 * areas in a spatial index so that many points are checked against many areas quickly. Null for a park without any
 * coverage area recorded: unknown, not outside.
 */
public final class Coverage {

	private final STRtree index = new STRtree();
	private final java.util.Set<String> parks = new java.util.HashSet<>();

	public Coverage(List<GeoLayers.Feature> areas) {
		for (GeoLayers.Feature f : areas) {
			index.insert(f.geometry().getEnvelopeInternal(), f);
			parks.add(f.parkCode());
		}
		index.build();
	}

	public Boolean inside(String parkCode, double lat, double lng) {
		if (!parks.contains(parkCode)) {
			return null;
		}
		@SuppressWarnings("unchecked")
		List<GeoLayers.Feature> near = index.query(new Envelope(lng, lng, lat, lat));
		return near.stream().anyMatch(f -> f.parkCode().equals(parkCode) && GeoJsonPolygons.covers(f.geometry(), lat, lng));
	}
}
