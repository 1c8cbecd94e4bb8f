package org.parkloop.exchange.engine;

import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Optimality proved against the linear programme itself: maximise Σ b_p x_p subject to each offer's supply and each
 * want's capacity, x ≥ 0, over the allowed pairs, solved by a simplex method (GLOP) with exact benefits (no fen
 * rounding). Its dual prices are then checked here, in plain Java, to be dual-feasible (u_o + v_w ≥ b_p, u, v ≥ 0):
 * their dual objective Σ q_o u_o + Σ Q_w v_w bounds every allocation from above, so an allocation reaching it is
 * optimal whatever the solvers did.
 */
class LinearProgrammeTest {

	@ParameterizedTest
	@ValueSource(longs = { 31, 32, 33, 34 })
	void theAllocationReachesTheDualBoundOfTheLinearProgramme(long seed) {
		Loader.loadNativeLibraries();
		Market m = MarketGenerator.generate(120, seed);
		List<Pairs.Pair> pairs = Pairs.of(m);
		MPSolver lp = MPSolver.createSolver("GLOP");
		MPConstraint[] supply = new MPConstraint[m.offers().size()];
		MPConstraint[] demand = new MPConstraint[m.wants().size()];
		for (int o = 0; o < supply.length; o++) {
			supply[o] = lp.makeConstraint(-MPSolver.infinity(), m.offers().get(o).quantity());
		}
		for (int w = 0; w < demand.length; w++) {
			demand[w] = lp.makeConstraint(-MPSolver.infinity(), m.wants().get(w).quantity());
		}
		MPObjective objective = lp.objective();
		for (Pairs.Pair p : pairs) {
			MPVariable x = lp.makeNumVar(0, MPSolver.infinity(), "x" + p.offer() + "_" + p.want());
			supply[p.offer()].setCoefficient(x, 1);
			demand[p.want()].setCoefficient(x, 1);
			objective.setCoefficient(x, p.benefitPerTonne());
		}
		objective.setMaximization();
		assertThat(lp.solve()).isEqualTo(MPSolver.ResultStatus.OPTIMAL);

		double[] u = new double[supply.length];
		double[] v = new double[demand.length];
		for (int o = 0; o < u.length; o++) {
			u[o] = Math.max(0, supply[o].dualValue());
		}
		for (int w = 0; w < v.length; w++) {
			v[w] = Math.max(0, demand[w].dualValue());
		}
		// make the duals exactly feasible (GLOP's are feasible to its tolerance): raise v where a pair is short
		for (Pairs.Pair p : pairs) {
			double shortBy = p.benefitPerTonne() - u[p.offer()] - v[p.want()];
			assertThat(shortBy).as("dual feasibility of pair %d-%d", p.offer(), p.want()).isLessThan(1e-6);
			if (shortBy > 0) {
				v[p.want()] += shortBy;
			}
		}
		double bound = 0;
		for (int o = 0; o < u.length; o++) {
			bound += m.offers().get(o).quantity() * u[o];
		}
		for (int w = 0; w < v.length; w++) {
			bound += m.wants().get(w).quantity() * v[w];
		}
		Allocation best = Allocator.optimal(m);
		assertThat(lp.objective().value()).isCloseTo(bound, within(1e-6 * (1 + bound)));
		// the min-cost flow works in fen per tonne and kilograms: at most half a fen per tonne moved from the exact optimum
		assertThat(best.objective()).isLessThanOrEqualTo(bound + 1e-6 * (1 + bound));
		assertThat(best.objective()).isCloseTo(bound, within(0.005 * best.divertedTonnes() + 1e-6 * (1 + bound)));
		assertThat(best.optimal()).isTrue();
	}
}
