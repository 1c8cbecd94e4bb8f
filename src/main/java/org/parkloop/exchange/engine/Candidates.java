package org.parkloop.exchange.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The allowed pairs with their benefit, for independent checks of the allocation (tests, benchmarks). */
public final class Candidates {

	/** An allowed pair: offer index, want index, net benefit per tonne, road distance. */
	public record Candidate(int offer, int want, double benefitPerTonne, double distanceKm) {
	}

	private Candidates() {
	}

	public static List<Candidate> of(Market m) {
		List<Candidate> out = new ArrayList<>();
		for (Pairs.Pair p : Pairs.of(m)) {
			out.add(new Candidate(p.offer(), p.want(), p.benefitPerTonne(), p.distanceKm()));
		}
		out.sort(Comparator.comparingDouble(Candidate::benefitPerTonne).reversed());
		return out;
	}
}
