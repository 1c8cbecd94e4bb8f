package org.parkloop.exchange.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allowed pairs of a market and their net benefit per tonne: the want accepts the offer's material, it lies
 * within the want's maximum distance, a hazardous offer goes only to a want licensed for its code or HW category, and
 * the benefit (disposal cost avoided + value replaced − transport cost) is positive.
 */
final class Pairs {

	static final double EARTH_RADIUS_KM = 6371.0088;

	record Pair(int offer, int want, double benefitPerTonne, double distanceKm) {
	}

	private Pairs() {
	}

	static List<Pair> of(Market m) {
		Map<String, List<int[]>> wantsByMaterial = new HashMap<>();
		for (int w = 0; w < m.wants().size(); w++) {
			List<Market.Accept> accepts = m.wants().get(w).accepts();
			for (int a = 0; a < accepts.size(); a++) {
				wantsByMaterial.computeIfAbsent(accepts.get(a).material(), k -> new ArrayList<>()).add(new int[] { w, a });
			}
		}
		List<Pair> pairs = new ArrayList<>();
		for (int o = 0; o < m.offers().size(); o++) {
			for (int[] wa : wantsByMaterial.getOrDefault(m.offers().get(o).material(), List.of())) {
				Pair p = pair(m, o, wa[0], wa[1]);
				if (p != null) {
					pairs.add(p);
				}
			}
		}
		return pairs;
	}

	/** The pair of offer o and want w through the want's accept a, or null when it is not allowed. */
	static Pair pair(Market m, int o, int w, int a) {
		Market.Offer offer = m.offers().get(o);
		Market.Want want = m.wants().get(w);
		Market.Accept accept = want.accepts().get(a);
		if (!accept.material().equals(offer.material())) {
			return null;
		}
		if (offer.hazardous() && !want.licensedCodes().contains(offer.material())
				&& !want.licensedCodes().contains(offer.hazardousCategory())) {
			return null;
		}
		double distance = haversineKm(offer.lat(), offer.lon(), want.lat(), want.lon()) * m.roadFactor();
		if (distance > want.maxDistanceKm() || distance > accept.maxDistanceKm()) {
			return null;
		}
		double benefit = offer.disposalCostPerTonne() + accept.valuePerTonne() - m.transportCostPerTonneKm() * distance;
		return benefit > 0 ? new Pair(o, w, benefit, distance) : null;
	}

	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
