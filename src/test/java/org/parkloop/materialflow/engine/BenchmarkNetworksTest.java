package org.parkloop.materialflow.engine;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkNetworksTest {

	@Test
	void theNetworkIsBalancedByItsTrueValuesAndShapedAsSpecified() {
		BenchmarkNetworks.Instance instance = BenchmarkNetworks.generate(2000, 42);
		Model m = instance.model();
		Map<String, Double> net = new HashMap<>();
		for (Model.Flow f : m.flows()) {
			double v = instance.truth().get(f.id());
			if (f.to() != null) {
				net.merge(f.to(), v, Double::sum);
			}
			if (f.from() != null) {
				net.merge(f.from(), -v, Double::sum);
			}
		}
		assertThat(net.values()).allMatch(v -> Math.abs(v) < 1e-6);
		// each process: 4 nearest neighbours without duplicate pairs, plus one boundary flow: about 3.4 P flows
		assertThat(m.flows().size()).isBetween(6200, 7600);
		long unknown = m.flows().stream().filter(f -> f.value() == null).count();
		assertThat(unknown / (double) m.flows().size()).isBetween(0.18, 0.22);
		assertThat(BenchmarkNetworks.generate(2000, 42).model()).isEqualTo(m);
	}

	@Test
	void reconciliationMovesTheMeasurementsTowardsTheTruthAndTheGlobalTestHolds() {
		BenchmarkNetworks.Instance instance = BenchmarkNetworks.generate(300, 7);
		Result r = Reconciler.reconcile(instance.model());
		double before = 0;
		double after = 0;
		for (Result.Estimate e : r.flows()) {
			if (e.classification() == Classification.REDUNDANT) {
				double truth = instance.truth().get(e.id());
				before += Math.pow(e.given() - truth, 2);
				after += Math.pow(e.value() - truth, 2);
			}
		}
		assertThat(after).isLessThan(before);
		// without gross errors E[χ²] equals the degrees of freedom: the mean of χ²/dof over 20 instances is near 1
		double sum = 0;
		for (long seed = 1; seed <= 20; seed++) {
			Result run = Reconciler.reconcile(BenchmarkNetworks.generate(200, seed).model());
			sum += run.chiSquare() / run.degreesOfFreedom();
		}
		assertThat(sum / 20).isBetween(0.93, 1.07);
	}
}
