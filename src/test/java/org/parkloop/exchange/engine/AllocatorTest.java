package org.parkloop.exchange.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkloop.exchange.engine.Market.Accept;
import org.parkloop.exchange.engine.Market.Offer;
import org.parkloop.exchange.engine.Market.Want;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AllocatorTest {

	@Test
	void oneDegreeOfLatitudeIsOneHundredAndElevenKilometres() {
		assertThat(Pairs.haversineKm(27, 120, 28, 120)).isCloseTo(6371.0088 * Math.PI / 180, within(1e-9));
		assertThat(Pairs.haversineKm(28, 120.7, 28, 120.7)).isZero();
	}

	/** Greedy sends the best pair first and blocks the rest; the optimum serves both wants. */
	@Test
	void theOptimumBeatsGreedyWhereGreedyBlocksItself() {
		Market m = new Market(
				List.of(new Offer("O1", "SW06", 100, 28.0, 120.95, 10, false), new Offer("O2", "SW06", 100, 28.0, 120.6, 9, false)),
				List.of(new Want("W1", 100, 28.0, 120.7, 1000, List.of(new Accept("SW06", 0)), List.of()),
						new Want("W2", 100, 28.0, 121.0, 20, List.of(new Accept("SW06", -2)), List.of())),
				0, 1.0);
		Allocation greedy = Allocator.greedy(m);
		Allocation best = Allocator.optimal(m);
		assertThat(greedy.objective()).isCloseTo(1000, within(1e-9));
		assertThat(best.objective()).isCloseTo(1700, within(1e-9));
		assertThat(best.optimal()).isTrue();
		assertThat(best.divertedTonnes()).isCloseTo(200, within(1e-9));
		assertThat(best.shipments()).extracting(s -> s.offer() + "→" + s.want()).containsExactlyInAnyOrder("O1→W2", "O2→W1");
	}

	@Test
	void hazardousWasteGoesOnlyToALicensedReceiverAndLossesAreNeverShipped() {
		Market m = new Market(List.of(new Offer("oil", "900-249-08", 50, 28.0, 120.7, 2000, true)),
				List.of(new Want("plain", 50, 28.0, 120.71, 100, List.of(new Accept("900-249-08", 500)), List.of()),
						new Want("licensed", 50, 28.0, 120.9, 100, List.of(new Accept("900-249-08", 400)), List.of("HW08")),
						new Want("far", 50, 28.5, 120.7, 30, List.of(new Accept("900-249-08", 900)), List.of("HW08"))),
				0.6, 1.3);
		Allocation best = Allocator.optimal(m);
		assertThat(best.shipments()).extracting(Allocation.Shipment::want).containsExactly("licensed");
		double distance = Pairs.haversineKm(28.0, 120.7, 28.0, 120.9) * 1.3;
		assertThat(best.shipments().get(0).distanceKm()).isCloseTo(distance, within(1e-9));
		assertThat(best.objective()).isCloseTo(50 * (2000 + 400 - 0.6 * distance), within(1e-6));
		Market loss = new Market(List.of(new Offer("slag", "SW07", 10, 28.0, 120.7, 0, false)),
				List.of(new Want("kiln", 10, 28.5, 120.7, 100, List.of(new Accept("SW07", 5)), List.of())), 0.6, 1.0);
		assertThat(Allocator.optimal(loss).shipments()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void theOptimumIsFeasibleAndNeverBelowGreedy(long seed) {
		Market m = MarketGenerator.generate(300, seed);
		Allocation best = Allocator.optimal(m);
		Allocation greedy = Allocator.greedy(m);
		assertThat(best.objective()).isGreaterThanOrEqualTo(greedy.objective() - 1e-6 * (1 + greedy.objective()));
		Map<String, Double> sent = new HashMap<>();
		Map<String, Double> received = new HashMap<>();
		Map<String, Want> wants = new HashMap<>();
		m.wants().forEach(w -> wants.put(w.id(), w));
		for (Allocation.Shipment s : best.shipments()) {
			sent.merge(s.offer(), s.quantity(), Double::sum);
			received.merge(s.want(), s.quantity(), Double::sum);
			assertThat(s.distanceKm()).isLessThanOrEqualTo(wants.get(s.want()).maxDistanceKm());
		}
		m.offers().forEach(o -> assertThat(sent.getOrDefault(o.id(), 0.0)).isLessThanOrEqualTo(o.quantity() + 1e-9));
		m.wants().forEach(w -> assertThat(received.getOrDefault(w.id(), 0.0)).isLessThanOrEqualTo(w.quantity() + 1e-9));
	}

	/** The optimum equals that of a second, independent min-cost-flow algorithm (up to the fen rounding of costs). */
	@ParameterizedTest
	@ValueSource(longs = { 21, 22, 23 })
	void theOptimumAgreesWithAnIndependentSolver(long seed) {
		Market m = MarketGenerator.generate(150, seed);
		double independent = IndependentSolver.optimum(m);
		double ours = Allocator.optimal(m).objective();
		// both round each benefit to whole fen per tonne: the two can differ by at most 0.005 yuan per tonne moved
		double moved = Allocator.optimal(m).divertedTonnes();
		assertThat(ours).isCloseTo(independent, within(0.005 * moved + 1e-6));
		assertThat(ours).isGreaterThanOrEqualTo(Allocator.greedy(m).objective() - 1e-6);
	}

	@Test
	void badOffersAndWantsAreNamed() {
		Market m = new Market(List.of(new Offer("O1", "SW06", -1, 28, 120, 10, false), new Offer("O2", "SW06", 1, 95, 120, 10, false)),
				List.of(new Want("W1", 1, 28, 120, 10, List.of(), List.of())), 0.6, 1.0);
		assertThatThrownBy(() -> Allocator.optimal(m)).isInstanceOf(MarketException.class)
			.satisfies(e -> assertThat(((MarketException) e).ids()).containsExactly("O1", "O2", "W1"));
	}
}
