package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parkloop.materialflow.engine.Model.Flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Goods and substance layers reconciled together (bilinear balances). */
class LayeredReconcilerTest {

	/** A smelter: ore in; metal, slag and dust out; cadmium measured in each. */
	private static Model smelter(double ore, double metal, double slag, double dust) {
		return new Model(List.of("Smelter"),
				List.of(new Flow("ore", null, "Smelter", ore, ore * 0.05), new Flow("metal", "Smelter", null, metal, metal * 0.03),
						new Flow("slag", "Smelter", null, slag, slag * 0.08), new Flow("dust", "Smelter", null, dust, dust * 0.15)),
				List.of(), List.of(), false);
	}

	private static Layer cadmium(double ore, double metal, double slag, double dust) {
		return new Layer("Cd", List.of(new Layer.Concentration("ore", ore, ore * 0.1),
				new Layer.Concentration("metal", metal, metal * 0.2), new Layer.Concentration("slag", slag, slag * 0.1),
				new Layer.Concentration("dust", dust, dust * 0.1)));
	}

	@Test
	void withExactConcentrationsTheSubstanceBalanceIsALinearRelation() {
		Model goods = smelter(1000, 610, 300, 75);
		Layer exact = new Layer("Cd", List.of(new Layer.Concentration("ore", 0.02, 0.0),
				new Layer.Concentration("metal", 0.001, 0.0), new Layer.Concentration("slag", 0.03, 0.0),
				new Layer.Concentration("dust", 0.12, 0.0)));
		LayeredReconciler.LayeredResult layered = LayeredReconciler.reconcile(goods, List.of(exact));
		Model linear = new Model(goods.processes(), goods.flows(), List.of(),
				List.of(new Model.Relation(List.of(new Model.Term("ore", 0.02), new Model.Term("metal", -0.001),
						new Model.Term("slag", -0.03), new Model.Term("dust", -0.12)), 0)), false);
		Result reference = Reconciler.reconcile(linear);
		for (int i = 0; i < 4; i++) {
			assertThat(layered.goods().flows().get(i).value()).isCloseTo(reference.flows().get(i).value(), within(1e-8));
			assertThat(layered.goods().flows().get(i).sigma()).isCloseTo(reference.flows().get(i).sigma(), within(1e-8));
		}
		assertThat(layered.goods().chiSquare()).isCloseTo(reference.chiSquare(), within(1e-8));
		assertThat(layered.goods().degreesOfFreedom()).isEqualTo(2);
	}

	@Test
	void consistentDataAreLeftAloneAndUncertainConcentrationsAreAdjusted() {
		// balanced: 1000 = 610 + 300 + 90; Cd: 20 = 0.61 + 9 + 10.39 → dust 0.11544…
		double dustCd = (1000 * 0.02 - 610 * 0.001 - 300 * 0.03) / 90;
		LayeredReconciler.LayeredResult r = LayeredReconciler.reconcile(smelter(1000, 610, 300, 90),
				List.of(cadmium(0.02, 0.001, 0.03, dustCd)));
		assertThat(r.goods().chiSquare()).isCloseTo(0, within(1e-12));
		assertThat(r.goods().flows().get(3).value()).isCloseTo(90, within(1e-9));
		List<Result.Estimate> cd = r.concentrations().get("Cd");
		assertThat(cd.get(3).value()).isCloseTo(dustCd, within(1e-12));
		assertThat(cd).allMatch(e -> e.classification() == Classification.REDUNDANT);
		// an inconsistent dust concentration is pulled towards the balance, and the iteration converges
		LayeredReconciler.LayeredResult off = LayeredReconciler.reconcile(smelter(1000, 610, 300, 90),
				List.of(cadmium(0.02, 0.001, 0.03, dustCd * 1.3)));
		assertThat(off.concentrations().get("Cd").get(3).value()).isBetween(dustCd, dustCd * 1.3);
		assertThat(off.goods().iterations()).isBetween(2, LayeredReconciler.MAX_ITERATIONS - 1);
		assertThat(off.goods().degreesOfFreedom()).isEqualTo(2);
	}

	@Test
	void anUnknownConcentrationIsComputedFromTheSubstanceBalance() {
		Layer cd = new Layer("Cd", List.of(new Layer.Concentration("ore", 0.02, 0.002),
				new Layer.Concentration("metal", 0.001, 0.0002), new Layer.Concentration("slag", 0.03, 0.003)));
		LayeredReconciler.LayeredResult r = LayeredReconciler.reconcile(smelter(1000, 610, 300, 90), List.of(cd));
		Result.Estimate dust = r.concentrations().get("Cd").get(3);
		assertThat(dust.classification()).isEqualTo(Classification.OBSERVABLE);
		assertThat(dust.value()).isCloseTo((1000 * 0.02 - 610 * 0.001 - 300 * 0.03) / 90, within(1e-9));
		assertThat(dust.sigma()).isGreaterThan(0);
	}

	/** The propagated σ of the linearisation agrees with a Monte Carlo run when the noise is moderate. */
	@Test
	void propagatedUncertaintiesAgreeWithMonteCarlo() {
		double[] g = { 1000, 610, 300, 90 };
		double dustCd = (1000 * 0.02 - 610 * 0.001 - 300 * 0.03) / 90;
		double[] c = { 0.02, 0.001, 0.03, dustCd };
		Random random = new Random(31);
		Map<String, List<Double>> samples = new HashMap<>();
		LayeredReconciler.LayeredResult first = null;
		for (int run = 0; run < 3000; run++) {
			Model m = smelter(g[0] * (1 + 0.05 * random.nextGaussian()), g[1] * (1 + 0.03 * random.nextGaussian()),
					g[2] * (1 + 0.08 * random.nextGaussian()), g[3] * (1 + 0.15 * random.nextGaussian()));
			// σ from the true values, so every run has the same weights
			m = new Model(m.processes(), List.of(new Flow("ore", null, "Smelter", m.flows().get(0).value(), 50.0),
					new Flow("metal", "Smelter", null, m.flows().get(1).value(), 18.3),
					new Flow("slag", "Smelter", null, m.flows().get(2).value(), 24.0),
					new Flow("dust", "Smelter", null, m.flows().get(3).value(), 13.5)), List.of(), List.of(), false);
			Layer cd = new Layer("Cd", List.of(
					new Layer.Concentration("ore", c[0] * (1 + 0.1 * random.nextGaussian()), c[0] * 0.1),
					new Layer.Concentration("metal", c[1] * (1 + 0.2 * random.nextGaussian()), c[1] * 0.2),
					new Layer.Concentration("slag", c[2] * (1 + 0.1 * random.nextGaussian()), c[2] * 0.1),
					new Layer.Concentration("dust", c[3] * (1 + 0.1 * random.nextGaussian()), c[3] * 0.1)));
			LayeredReconciler.LayeredResult r = LayeredReconciler.reconcile(m, List.of(cd));
			if (first == null) {
				first = r;
			}
			List<Result.Estimate> all = new ArrayList<>(r.goods().flows());
			r.concentrations().get("Cd").forEach(e -> all.add(new Result.Estimate("Cd:" + e.id(), e.given(), e.value(),
					e.sigma(), e.classification(), e.residualZ())));
			all.forEach(e -> samples.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e.value()));
		}
		List<Result.Estimate> expected = new ArrayList<>(first.goods().flows());
		first.concentrations().get("Cd").forEach(e -> expected.add(new Result.Estimate("Cd:" + e.id(), e.given(),
				e.value(), e.sigma(), e.classification(), e.residualZ())));
		for (Result.Estimate e : expected) {
			List<Double> xs = samples.get(e.id());
			double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			double sd = Math.sqrt(xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (xs.size() - 1));
			assertThat(sd).as(e.id()).isCloseTo(e.sigma(), within(0.12 * e.sigma()));
		}
	}

	/**
	 * Slag reported with far more cadmium than the ore can bring: without the option the unknown concentration of the
	 * dust comes out negative; with it the dust's concentration is held at zero, the measurements take the imbalance,
	 * and the substance still balances.
	 */
	@Test
	void anOptionKeepsGoodsAndConcentrationsNonNegative() {
		Model goods = smelter(1000, 610, 300, 90);
		Layer cd = new Layer("Cd", List.of(new Layer.Concentration("ore", 0.02, 0.002),
				new Layer.Concentration("metal", 0.001, 0.0002), new Layer.Concentration("slag", 0.07, 0.007),
				new Layer.Concentration("dust", null, null)));
		LayeredReconciler.LayeredResult free = LayeredReconciler.reconcile(goods, List.of(cd));
		assertThat(free.concentrations().get("Cd").get(3).value()).isNegative();

		Model bounded = new Model(goods.processes(), goods.flows(), goods.stocks(), goods.relations(), true);
		LayeredReconciler.LayeredResult r = LayeredReconciler.reconcile(bounded, List.of(cd));
		List<Result.Estimate> c = r.concentrations().get("Cd");
		assertThat(c.get(3).value()).isZero();
		assertThat(c).allMatch(e -> e.value() >= 0);
		assertThat(r.goods().flows()).allMatch(e -> e.value() >= 0);
		double in = r.goods().flows().get(0).value() * c.get(0).value();
		double out = 0;
		for (int i = 1; i < 4; i++) {
			out += r.goods().flows().get(i).value() * c.get(i).value();
		}
		assertThat(in).isCloseTo(out, within(1e-8));
		assertThat(r.goods().chiSquare()).isGreaterThan(free.goods().chiSquare());
		// the measurements take the imbalance: more cadmium in the ore, less in the slag
		assertThat(c.get(0).value()).isGreaterThan(0.02);
		assertThat(c.get(2).value()).isLessThan(0.07);
	}
}
