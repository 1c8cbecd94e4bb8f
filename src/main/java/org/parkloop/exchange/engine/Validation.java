package org.parkloop.exchange.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a market before anything is computed, naming every offending id. */
final class Validation {

	private Validation() {
	}

	static void check(Market m) {
		List<String> bad = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Market.Offer o : m.offers()) {
			if (o.id() == null || !ids.add("o:" + o.id()) || o.material() == null || !(o.quantity() >= 0)
					|| !located(o.lat(), o.lon()) || !(o.disposalCostPerTonne() >= 0)) {
				bad.add(String.valueOf(o.id()));
			}
		}
		for (Market.Want w : m.wants()) {
			if (w.id() == null || !ids.add("w:" + w.id()) || !(w.quantity() >= 0) || !located(w.lat(), w.lon())
					|| !(w.maxDistanceKm() >= 0) || w.accepts() == null || w.accepts().isEmpty()
					|| w.accepts().stream().anyMatch(a -> a.material() == null) || w.licensedCodes() == null) {
				bad.add(String.valueOf(w.id()));
			}
		}
		if (!(m.transportCostPerTonneKm() >= 0) || !(m.roadFactor() >= 1)) {
			bad.add("transportCostPerTonneKm/roadFactor");
		}
		if (!bad.isEmpty()) {
			throw new MarketException(bad);
		}
	}

	private static boolean located(double lat, double lon) {
		return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
	}
}
