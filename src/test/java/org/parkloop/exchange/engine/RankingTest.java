package org.parkloop.exchange.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One listing's candidates are exactly its allowed pairs, best first. */
class RankingTest {

	@Test
	void anOffersCandidatesAreItsAllowedPairsRankedByNetBenefit() {
		Market m = MarketGenerator.generate(400, 7);
		List<Pairs.Pair> all = Pairs.of(m);
		for (int o = 0; o < 40; o++) {
			int offer = o;
			List<Ranking.Match> ranked = Ranking.forOffer(m, offer);
			assertThat(ranked).extracting(Ranking.Match::want)
				.containsExactlyInAnyOrderElementsOf(all.stream().filter(p -> p.offer() == offer).map(Pairs.Pair::want).toList());
			for (int i = 1; i < ranked.size(); i++) {
				assertThat(ranked.get(i - 1).netBenefit()).isGreaterThanOrEqualTo(ranked.get(i).netBenefit());
			}
			for (Ranking.Match x : ranked) {
				double tonnes = Math.min(m.offers().get(offer).quantity(), m.wants().get(x.want()).quantity());
				assertThat(x.netBenefit()).isCloseTo(tonnes * x.benefitPerTonne(), within(1e-9));
				assertThat(Ranking.forWant(m, x.want())).extracting(Ranking.Match::offer).contains(offer);
			}
		}
	}

	@Test
	void aMaterialsOwnDistanceLimitApplies() {
		Market.Offer steam = new Market.Offer("O", "HEAT-STEAM", 100, 28.0, 120.7, 0, false);
		Market.Want near = new Market.Want("near", 100, 28.05, 120.7, 100,
				List.of(new Market.Accept("HEAT-STEAM", 180, 10)), List.of());
		Market.Want far = new Market.Want("far", 100, 28.2, 120.7, 100,
				List.of(new Market.Accept("HEAT-STEAM", 180, 10)), List.of());
		Market m = new Market(List.of(steam), List.of(near, far), 0.6, 1.0);
		assertThat(Ranking.forOffer(m, 0)).extracting(Ranking.Match::want).containsExactly(0);
		assertThat(Allocator.optimal(m).shipments()).extracting(Allocation.Shipment::want).containsExactly("near");
	}
}
