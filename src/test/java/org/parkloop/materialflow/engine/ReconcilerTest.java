package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parkloop.materialflow.engine.Model.Flow;
import org.parkloop.materialflow.engine.Model.Relation;
import org.parkloop.materialflow.engine.Model.StockChange;
import org.parkloop.materialflow.engine.Model.Term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReconcilerTest {

	private static Flow measured(String id, String from, String to, double value, double relative) {
		return new Flow(id, from, to, value, value * relative);
	}

	private static Map<String, Result.Estimate> byId(List<Result.Estimate> estimates) {
		return estimates.stream().collect(Collectors.toMap(Result.Estimate::id, Function.identity()));
	}

	/**
	 * Narasimhan and Jordache (2000), chapter 1: a heat exchanger with a by-pass. The feed F1 splits into F2 through
	 * the exchanger (F4 out) and F3 through the by-pass valve (F5 out), which mix into F6; every flow measured with
	 * unit variance. The book's reconciled flows are 100.22, 64.50, 35.72, 64.50, 35.72, 100.22. Both engines.
	 */
	@Test
	void theHeatExchangerWithBypassOfNarasimhanAndJordache() {
		Model m = new Model(List.of("splitter", "exchanger", "valve", "mixer"),
				List.of(new Flow("F1", null, "splitter", 101.91, 1.0), new Flow("F2", "splitter", "exchanger", 64.45, 1.0),
						new Flow("F3", "splitter", "valve", 34.65, 1.0), new Flow("F4", "exchanger", "mixer", 64.20, 1.0),
						new Flow("F5", "valve", "mixer", 36.44, 1.0), new Flow("F6", "mixer", null, 98.88, 1.0)),
				List.of(), List.of(), false);
		for (Result r : List.of(Reconciler.reconcile(m), SparseReconciler.reconcile(m))) {
			Map<String, Result.Estimate> f = byId(r.flows());
			double[] published = { 100.22, 64.50, 35.72, 64.50, 35.72, 100.22 };
			for (int i = 0; i < published.length; i++) {
				assertThat(f.get("F" + (i + 1)).value()).as("F" + (i + 1)).isCloseTo(published[i], within(5e-3));
			}
			assertThat(r.degreesOfFreedom()).isEqualTo(4);
			assertThat(r.chiSquare()).isCloseTo(6.4075, within(1e-4));
			assertThat(r.globalTestPassed()).isTrue();
		}
	}

	/** Rao and Narasimhan (1996): a splitter F1 = F2 + F3, each measured with σ = 3 % of its value. */
	@Test
	void theSplitterOfRaoAndNarasimhan() {
		Model splitter = new Model(List.of("P1"),
				List.of(measured("F1", null, "P1", 9.22, 0.03), measured("F2", "P1", null, 4.83, 0.03),
						measured("F3", "P1", null, 3.22, 0.03)),
				List.of(), List.of(), false);
		Result r = Reconciler.reconcile(splitter);
		Map<String, Result.Estimate> f = byId(r.flows());
		assertThat(f.get("F1").value()).isCloseTo(8.3821, within(5e-5));
		assertThat(f.get("F2").value()).isCloseTo(5.0599, within(5e-5));
		assertThat(f.get("F3").value()).isCloseTo(3.3222, within(5e-5));
		assertThat(r.chiSquare()).isCloseTo(12.81, within(5e-3));
		assertThat(r.degreesOfFreedom()).isEqualTo(1);
		assertThat(r.globalTestPassed()).isFalse();
		assertThat(r.pValue()).isCloseTo(3.45e-4, within(1e-5));
		assertThat(f.values()).allMatch(e -> e.classification() == Classification.REDUNDANT);
		// one constraint: every normalised residual equals the constraint's, √χ² = 3.579
		assertThat(Math.abs(f.get("F1").residualZ())).isCloseTo(Math.sqrt(12.81), within(2e-3));
		assertThat(r.balances().get(0).imbalance()).isCloseTo(1.17, within(1e-9));
		assertThat(r.balances().get(0).z()).isCloseTo(3.579, within(1e-3));
	}

	/** σ² of a reconciled value is σ² − σ⁴/Σσ² for a single balance; exact variance algebra. */
	@Test
	void reconciledUncertaintiesShrink() {
		Model splitter = new Model(List.of("P1"),
				List.of(measured("F1", null, "P1", 9.22, 0.03), measured("F2", "P1", null, 4.83, 0.03),
						measured("F3", "P1", null, 3.22, 0.03)),
				List.of(), List.of(), false);
		Map<String, Result.Estimate> f = byId(Reconciler.reconcile(splitter).flows());
		double s1 = 0.2766 * 0.2766;
		double total = s1 + Math.pow(0.1449, 2) + Math.pow(0.0966, 2);
		assertThat(f.get("F1").sigma()).isCloseTo(Math.sqrt(s1 - s1 * s1 / total), within(1e-9));
	}

	@Test
	void unknownsAreComputedAndEveryVariableClassified() {
		// P1 → P2 → boundary, with a side stream; one unknown determined, two that only their sum is known of
		Model m = new Model(List.of("P1", "P2", "P3"),
				List.of(new Flow("A", null, "P1", 100.0, 2.0), new Flow("B", "P1", "P2", 60.0, 3.0),
						new Flow("C", "P1", null, null, null), new Flow("D", "P2", "P3", 61.0, 3.0),
						new Flow("E", "P3", null, null, null), new Flow("F", "P3", null, null, null),
						new Flow("G", null, "P2", 5.0, 0.0)),
				List.of(), List.of(), false);
		Result r = Reconciler.reconcile(m);
		Map<String, Result.Estimate> f = byId(r.flows());
		assertThat(f.get("A").classification()).isEqualTo(Classification.JUST_MEASURED);
		assertThat(f.get("A").value()).isEqualTo(100.0);
		assertThat(f.get("B").classification()).isEqualTo(Classification.REDUNDANT);
		assertThat(f.get("D").classification()).isEqualTo(Classification.REDUNDANT);
		assertThat(f.get("G").classification()).isEqualTo(Classification.EXACT);
		// B + 5 = D: (60, 61) adjusted to 58 and 63 with equal weights
		assertThat(f.get("B").value()).isCloseTo(58.0, within(1e-9));
		assertThat(f.get("D").value()).isCloseTo(63.0, within(1e-9));
		assertThat(f.get("C").classification()).isEqualTo(Classification.OBSERVABLE);
		assertThat(f.get("C").value()).isCloseTo(42.0, within(1e-9));
		assertThat(f.get("C").sigma()).isCloseTo(Math.sqrt(4 + 4.5), within(1e-9));
		assertThat(f.get("E").classification()).isEqualTo(Classification.UNOBSERVABLE);
		assertThat(f.get("E").value()).isNull();
		assertThat(r.unobservable()).containsExactly("E, F");
		assertThat(r.degreesOfFreedom()).isEqualTo(1);
		assertThat(r.chiSquare()).isCloseTo(4.0 / 9 + 4.0 / 9, within(1e-9));
	}

	@Test
	void stockChangesAndRelationsTakePartInTheBalances() {
		// a process that stores part of its input; the output is 80 % of the input (a transfer coefficient)
		Model m = new Model(List.of("Plant"),
				List.of(new Flow("in", null, "Plant", 1000.0, 50.0), new Flow("out", "Plant", null, null, null)),
				List.of(new StockChange("Plant", null, null)),
				List.of(new Relation(List.of(new Term("out", 1), new Term("in", -0.8)), 0)), false);
		Result r = Reconciler.reconcile(m);
		Map<String, Result.Estimate> f = byId(r.flows());
		assertThat(f.get("out").value()).isCloseTo(800.0, within(1e-9));
		assertThat(f.get("out").sigma()).isCloseTo(40.0, within(1e-9));
		assertThat(r.stocks().get(0).value()).isCloseTo(200.0, within(1e-9));
		assertThat(r.stocks().get(0).classification()).isEqualTo(Classification.OBSERVABLE);
		assertThat(r.degreesOfFreedom()).isZero();
	}

	@Test
	void contradictoryExactValuesAreExplainedByTheProcessesInvolved() {
		Model m = new Model(List.of("P1", "P2"),
				List.of(new Flow("A", null, "P1", 10.0, 0.0), new Flow("B", "P1", null, 9.0, 0.0),
						new Flow("C", null, "P2", 3.0, 0.3), new Flow("D", "P2", null, null, null)),
				List.of(), List.of(), false);
		assertThatThrownBy(() -> Reconciler.reconcile(m)).isInstanceOf(ModelException.class)
			.satisfies(e -> {
				ModelException me = (ModelException) e;
				assertThat(me.reason()).isEqualTo("mfa.contradiction");
				assertThat(me.ids()).containsExactly("P1");
			});
	}

	@Test
	void badReferencesAreNamed() {
		Model m = new Model(List.of("P1"), List.of(new Flow("A", null, "P9", 1.0, 0.1), new Flow("B", null, null, 1.0, 0.1)),
				List.of(), List.of(), false);
		assertThatThrownBy(() -> Reconciler.reconcile(m)).isInstanceOf(ModelException.class)
			.satisfies(e -> assertThat(((ModelException) e).ids()).containsExactly("A", "B"));
	}

	@Test
	void anOptionKeepsReconciledFlowsNonNegative() {
		// input 10, outputs measured 2 and 12 (loosely): unconstrained, the computed third output goes negative
		Model m = new Model(List.of("P1"),
				List.of(new Flow("in", null, "P1", 10.0, 0.1), new Flow("out1", "P1", null, 12.0, 0.1),
						new Flow("out2", "P1", null, null, null)),
				List.of(), List.of(), false);
		assertThat(byId(Reconciler.reconcile(m).flows()).get("out2").value()).isCloseTo(-2.0, within(1e-9));
		Result bounded = Reconciler.reconcile(new Model(m.processes(), m.flows(), m.stocks(), m.relations(), true));
		Map<String, Result.Estimate> f = byId(bounded.flows());
		assertThat(f.get("out2").value()).isCloseTo(0.0, within(1e-9));
		assertThat(f.get("in").value()).isCloseTo(11.0, within(1e-9));
		assertThat(f.get("out1").value()).isCloseTo(11.0, within(1e-9));
		assertThat(bounded.iterations()).isEqualTo(2);
	}

	/** The propagated standard deviations agree with a Monte Carlo run of the same model (seeded). */
	@Test
	void propagatedUncertaintiesAgreeWithMonteCarlo() {
		double[] truth = { 500, 420, 200, 120, 220, 80 };
		double[] rel = { 0.05, 0.08, 0.06, 0.1, 0.07, 0.09 };
		Random random = new Random(20141128L);
		int runs = 20_000;
		Map<String, List<Double>> samples = new java.util.HashMap<>();
		Result first = null;
		for (int run = 0; run < runs; run++) {
			double[] noisy = new double[truth.length];
			for (int i = 0; i < truth.length; i++) {
				noisy[i] = truth[i] + random.nextGaussian() * truth[i] * rel[i];
			}
			Result r = Reconciler.reconcile(network(noisy, truth, rel));
			if (first == null) {
				first = r;
			}
			for (Result.Estimate e : r.flows()) {
				if (e.value() != null) {
					samples.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e.value());
				}
			}
		}
		for (Result.Estimate e : first.flows()) {
			if (e.sigma() == null || e.sigma() == 0) {
				continue;
			}
			List<Double> xs = samples.get(e.id());
			double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			double sd = Math.sqrt(xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (xs.size() - 1));
			assertThat(sd).as(e.id()).isCloseTo(e.sigma(), within(0.03 * e.sigma()));
		}
	}

	/** Two processes in a row with a recycle, measured flows and one unknown; σ fixed from the true values. */
	private static Model network(double[] x, double[] truth, double[] rel) {
		return new Model(List.of("Mill", "Kiln"),
				List.of(new Flow("feed", null, "Mill", x[0], truth[0] * rel[0]),
						new Flow("toKiln", "Mill", "Kiln", x[1], truth[1] * rel[1]),
						new Flow("millWaste", "Mill", null, x[2], truth[2] * rel[2]),
						new Flow("recycle", "Kiln", "Mill", x[3], truth[3] * rel[3]),
						new Flow("product", "Kiln", null, null, null),
						new Flow("kilnLoss", "Kiln", null, x[5], truth[5] * rel[5])),
				List.of(), List.of(), false);
	}
}
