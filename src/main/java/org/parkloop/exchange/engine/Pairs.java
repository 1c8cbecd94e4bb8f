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
			Market.Offer offer = m.offers().get(o);
			for (int[] wa : wantsByMaterial.getOrDefault(offer.material(), List.of())) {
				Market.Want want = m.wants().get(wa[0]);
				if (offer.hazardous() && !want.licensedCodes().contains(offer.material())
						&& !want.licensedCodes().contains(offer.hazardousCategory())) {
					continue;
				}
				double distance = haversineKm(offer.lat(), offer.lon(), want.lat(), want.lon()) * m.roadFactor();
				if (distance > want.maxDistanceKm()) {
					continue;
				}
				double benefit = offer.disposalCostPerTonne() + want.accepts().get(wa[1]).valuePerTonne()
						- m.transportCostPerTonneKm() * distance;
				if (benefit > 0) {
					pairs.add(new Pair(o, wa[0], benefit, distance));
				}
			}
		}
		return pairs;
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
