package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The sparse engine gives what the dense reference gives: values, σ, classes, χ² and degrees of freedom. */
class SparseReconcilerTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void agreesWithTheDenseEngineOnBenchmarkNetworks(long seed) {
		Model m = BenchmarkNetworks.generate(250, seed).model();
		sameResults(Reconciler.reconcile(m), SparseReconciler.reconcile(m));
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13 })
	void agreesWithTheDenseEngineWithExactFlowsStocksAndManyUnknowns(long seed) {
		Model base = BenchmarkNetworks.generate(150, seed).model();
		Random random = new Random(seed);
		List<Model.Flow> flows = new ArrayList<>();
		for (Model.Flow f : base.flows()) {
			double roll = random.nextDouble();
			if (f.value() != null && roll < 0.1) {
				flows.add(new Model.Flow(f.id(), f.from(), f.to(), f.value(), 0.0));
			}
			else if (f.value() != null && roll < 0.3) {
				flows.add(new Model.Flow(f.id(), f.from(), f.to(), null, null));
			}
			else {
				flows.add(f);
			}
		}
		List<Model.StockChange> stocks = List.of(new Model.StockChange("P3", 5.0, 1.0),
				new Model.StockChange("P7", null, null), new Model.StockChange("P9", 0.0, 0.0));
		Model m = new Model(base.processes(), flows, stocks, List.of(), false);
		sameResults(Reconciler.reconcile(m), SparseReconciler.reconcile(m));
	}

	@Test
	void keepsFlowsNonNegativeLikeTheDenseEngine() {
		Model m = new Model(List.of("P1"),
				List.of(new Model.Flow("in", null, "P1", 10.0, 0.1), new Model.Flow("out1", "P1", null, 12.0, 0.1),
						new Model.Flow("out2", "P1", null, null, null), new Model.Flow("out3", "P1", null, -1.0, 0.5)),
				List.of(), List.of(), true);
		sameResults(Reconciler.reconcile(m), SparseReconciler.reconcile(m));
		assertThat(SparseReconciler.reconcile(m).flows()).allMatch(e -> e.value() >= 0);
	}

	@Test
	void aContradictionIsExplainedByItsProcesses() {
		Model m = new Model(List.of("P1", "P2"),
				List.of(new Model.Flow("A", null, "P1", 10.0, 0.0), new Model.Flow("B", "P1", "P2", 9.0, 0.0),
						new Model.Flow("C", "P2", null, 9.0, 0.5)),
				List.of(), List.of(), false);
		assertThatThrownBy(() -> SparseReconciler.reconcile(m)).isInstanceOf(ModelException.class)
			.satisfies(e -> assertThat(((ModelException) e).ids()).containsExactly("P1"));
	}

	private static void sameResults(Result dense, Result sparse) {
		assertThat(sparse.degreesOfFreedom()).isEqualTo(dense.degreesOfFreedom());
		assertThat(sparse.chiSquare()).isCloseTo(dense.chiSquare(), within(1e-6 * (1 + dense.chiSquare())));
		List<Result.Estimate> all = new ArrayList<>(dense.flows());
		all.addAll(dense.stocks());
		List<Result.Estimate> other = new ArrayList<>(sparse.flows());
		other.addAll(sparse.stocks());
		for (int i = 0; i < all.size(); i++) {
			Result.Estimate d = all.get(i);
			Result.Estimate s = other.get(i);
			assertThat(s.id()).isEqualTo(d.id());
			assertThat(s.classification()).as(d.id()).isEqualTo(d.classification());
			if (d.value() == null) {
				assertThat(s.value()).as(d.id()).isNull();
				continue;
			}
			double scale = 1 + Math.abs(d.value());
			assertThat(s.value()).as(d.id()).isCloseTo(d.value(), within(1e-7 * scale));
			assertThat(s.sigma()).as(d.id() + " σ").isCloseTo(d.sigma(), within(1e-6 * (1 + d.sigma())));
			if (d.residualZ() != null) {
				assertThat(s.residualZ()).as(d.id() + " z").isCloseTo(d.residualZ(), within(1e-5));
			}
		}
	}
}
