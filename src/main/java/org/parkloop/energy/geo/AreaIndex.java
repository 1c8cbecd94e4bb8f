package org.parkloop.energy.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Polygons of a layer in a spatial index (an STRtree over their bounding boxes, then the exact test; a point on an
 * edge counts as inside), so that many points are checked against many areas quickly: whether a boiler lies in its
 * park's heat coverage, which zoning areas an enterprise lies in.
 */
public final class AreaIndex {

	private final STRtree index = new STRtree();
	private final Set<String> parks = new HashSet<>();

	public AreaIndex(List<GeoLayers.Feature> areas) {
		for (GeoLayers.Feature f : areas) {
			index.insert(f.geometry().getEnvelopeInternal(), f);
			parks.add(f.parkCode());
		}
		index.build();
	}

	/** Whether the point lies in an area of the park; null for a park without any area: unknown, not outside. */
	public Boolean inside(String parkCode, double lat, double lng) {
		if (!parks.contains(parkCode)) {
			return null;
		}
		return at(lat, lng).stream().anyMatch(f -> f.parkCode().equals(parkCode));
	}

	/** Every area the point lies in, of any park. */
	public List<GeoLayers.Feature> at(double lat, double lng) {
		@SuppressWarnings("unchecked")
		List<GeoLayers.Feature> near = index.query(new Envelope(lng, lng, lat, lat));
		return near.stream().filter(f -> GeoJsonPolygons.covers(f.geometry(), lat, lng)).toList();
	}
}
