package org.parkloop.exchange.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark markets of issue 5: n offers and n wants uniform in a 2° × 2° box around Wenzhou, 50 materials, wants
 * accepting 1–3 of them, maximum distances 30–150 km, road factor 1.3. Seeded.
 */
public final class MarketGenerator {

	private MarketGenerator() {
	}

	public static Market generate(int n, long seed) {
		Random r = new Random(seed);
		List<Market.Offer> offers = new ArrayList<>();
		List<Market.Want> wants = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			offers.add(new Market.Offer("O" + i, "M" + r.nextInt(50), 10 + r.nextDouble() * 990, 27.0 + 2 * r.nextDouble(),
					119.7 + 2 * r.nextDouble(), 20 + r.nextDouble() * 180, false));
		}
		for (int i = 0; i < n; i++) {
			int k = 1 + r.nextInt(3);
			List<Market.Accept> accepts = new ArrayList<>();
			List<String> taken = new ArrayList<>();
			while (accepts.size() < k) {
				String material = "M" + r.nextInt(50);
				if (!taken.contains(material)) {
					taken.add(material);
					accepts.add(new Market.Accept(material, r.nextDouble() * 150));
				}
			}
			wants.add(new Market.Want("W" + i, 10 + r.nextDouble() * 990, 27.0 + 2 * r.nextDouble(),
					119.7 + 2 * r.nextDouble(), 30 + r.nextDouble() * 120, accepts, List.of()));
		}
		return new Market(offers, wants, 0.6, 1.3);
	}
}
