package org.parkloop.exchange.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The partners one listing could trade with, best first: every allowed pair (the same rules as the allocation:
 * accepted material, licence, distances, positive benefit) ranked by the net benefit of the tonnes the two could
 * exchange on their own. One pass over the other side, so a listing among ten thousand is ranked in milliseconds.
 */
public final class Ranking {

	/**
	 * @param tonnes what the two could exchange alone (the smaller of the offer and the want)
	 * @param netBenefit those tonnes times the benefit per tonne
	 */
	public record Match(int offer, int want, double benefitPerTonne, double distanceKm, double tonnes,
			double netBenefit) {
	}

	private Ranking() {
	}

	/** The wants that could take offer o. */
	public static List<Match> forOffer(Market m, int o) {
		List<Match> out = new ArrayList<>();
		for (int w = 0; w < m.wants().size(); w++) {
			add(out, m, o, w);
		}
		return sorted(out);
	}

	/** The offers that want w could take. */
	public static List<Match> forWant(Market m, int w) {
		List<Match> out = new ArrayList<>();
		for (int o = 0; o < m.offers().size(); o++) {
			add(out, m, o, w);
		}
		return sorted(out);
	}

	/** The road distance between offer o and want w (great-circle distance times the road factor). */
	public static double roadDistanceKm(Market m, int o, int w) {
		Market.Offer offer = m.offers().get(o);
		Market.Want want = m.wants().get(w);
		return Pairs.haversineKm(offer.lat(), offer.lon(), want.lat(), want.lon()) * m.roadFactor();
	}

	private static void add(List<Match> out, Market m, int o, int w) {
		List<Market.Accept> accepts = m.wants().get(w).accepts();
		for (int a = 0; a < accepts.size(); a++) {
			Pairs.Pair p = Pairs.pair(m, o, w, a);
			if (p != null) {
				double tonnes = Math.min(m.offers().get(o).quantity(), m.wants().get(w).quantity());
				out.add(new Match(o, w, p.benefitPerTonne(), p.distanceKm(), tonnes, tonnes * p.benefitPerTonne()));
				return;
			}
		}
	}

	private static List<Match> sorted(List<Match> matches) {
		matches.sort(Comparator.comparingDouble(Match::netBenefit).reversed().thenComparingDouble(Match::distanceKm));
		return matches;
	}
}
