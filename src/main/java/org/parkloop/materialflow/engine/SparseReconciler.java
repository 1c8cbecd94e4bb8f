package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.decomposition.chol.CholeskyUpLooking_DSCC;
import org.ejml.sparse.csc.misc.TriangularSolver_DSCC;

/**
 * Reconciliation of large flow networks, sparse throughout, with the standard deviation of every reconciled and
 * computed flow.
 *
 * <ol>
 * <li>The unknown flows are eliminated by merging the processes they join ({@link MergedBalances}); a measured flow
 * inside a merged group is just measured.</li>
 * <li>The merged balances on the measured flows, A, give S = A V Aᵀ: sparse, symmetric positive definite once a
 * dependent balance of each closed component is dropped (their number is the degrees of freedom).</li>
 * <li>S is ordered by minimum degree and factored (Cholesky); the adjustments come from two triangular solves.</li>
 * <li>Var(reconciled flow j) = σⱼ² − σⱼ⁴ aⱼᵀ S⁻¹ aⱼ, where aⱼ touches at most two merged balances, which are
 * neighbours in S: the entries needed lie on the factor's pattern and come from its selected inverse.</li>
 * <li>The unknown flows follow from the reconciled ones where they are observable ({@link Observability}).</li>
 * </ol>
 * Models with relations between flows go to the dense {@link Reconciler}; both keep flows non-negative by the same
 * {@link NonNegative} active set.
 */
public final class SparseReconciler {

	private SparseReconciler() {
	}

	public static Result reconcile(Model model) {
		Validation.check(model);
		if (!model.relations().isEmpty()) {
			return Reconciler.reconcile(model);
		}
		return NonNegative.reconcile(model, m -> solve(new FlowNetwork(m)));
	}

	private static Result solve(FlowNetwork net) {
		int n = net.edges();
		MergedBalances merged = new MergedBalances(net);
		int m = merged.independent;

		// each reconciled flow enters the balance it goes to (+1) and the one it leaves (−1)
		Map<Integer, int[]> rowsOf = new HashMap<>();
		List<Set<Integer>> graph = new ArrayList<>();
		for (int r = 0; r < m; r++) {
			graph.add(new HashSet<>());
		}
		for (int e : merged.crossing) {
			int[] rr = { merged.row(net.to[e]), merged.row(net.from[e]) };
			rowsOf.put(e, rr);
			if (rr[0] >= 0 && rr[1] >= 0) {
				graph.get(rr[0]).add(rr[1]);
				graph.get(rr[1]).add(rr[0]);
			}
		}
		int[] order = MinimumDegree.order(graph);
		int[] position = new int[m];
		for (int i = 0; i < m; i++) {
			position[order[i]] = i;
		}
		DMatrixSparseCSC l = factor(net, merged, rowsOf, position);

		// residuals of the merged balances and the adjustments
		double[] residual = new double[m];
		double[] rhs = merged.rhs();
		for (int r = 0; r < m; r++) {
			residual[position[r]] = -rhs[r];
		}
		for (int e : merged.crossing) {
			int[] rr = rowsOf.get(e);
			for (int a = 0; a < 2; a++) {
				if (rr[a] >= 0) {
					residual[position[rr[a]]] += SIGNS[a] * net.given[e];
				}
			}
		}
		double[] lambda = residual.clone();
		if (m > 0) {
			TriangularSolver_DSCC.solveL(l, lambda);
			TriangularSolver_DSCC.solveTranL(l, lambda);
		}
		double chi2 = 0;
		for (int i = 0; i < m; i++) {
			chi2 += residual[i] * lambda[i];
		}
		Double[] value = new Double[n];
		double[] variance = new double[n];
		Classification[] classes = new Classification[n];
		Double[] z = new Double[n];
		for (int e = 0; e < n; e++) {
			if (!net.unknown(e)) {
				value[e] = net.given[e];
				variance[e] = net.sigma[e] * net.sigma[e];
				classes[e] = net.measured(e) ? Classification.JUST_MEASURED : Classification.EXACT;
			}
		}
		SelectedInverse inverse = m > 0 ? SelectedInverse.of(l) : null;
		for (int e : merged.crossing) {
			double adjust = 0;
			double q = 0;
			int[] rr = rowsOf.get(e);
			for (int a = 0; a < 2; a++) {
				if (rr[a] < 0) {
					continue;
				}
				int pa = position[rr[a]];
				adjust += SIGNS[a] * lambda[pa];
				for (int b = 0; b < 2; b++) {
					if (rr[b] >= 0) {
						q += SIGNS[a] * SIGNS[b] * inverse.get(pa, position[rr[b]]);
					}
				}
			}
			double v = net.sigma[e] * net.sigma[e];
			value[e] = net.given[e] - v * adjust;
			double adjVar = v * v * q;
			variance[e] = Math.max(0, v - adjVar);
			if (adjVar > NonNegative.TOLERANCE * v) {
				classes[e] = Classification.REDUNDANT;
				z[e] = (net.given[e] - value[e]) / Math.sqrt(adjVar);
			}
		}
		List<String> unobservable = new Observability(net, merged, l, position).unknowns(value, variance, classes);
		List<Result.Estimate> flows = new ArrayList<>();
		List<Result.Estimate> stocks = new ArrayList<>();
		for (int e = 0; e < n; e++) {
			Result.Estimate est = new Result.Estimate(net.ids.get(e), net.given[e], value[e],
					value[e] == null ? null : Math.sqrt(variance[e]), classes[e], z[e]);
			(e < net.flowCount ? flows : stocks).add(est);
		}
		double p = ChiSquare.pValue(chi2, m);
		return new Result(flows, stocks, net.balances(), chi2, m, p, p >= 0.05, 1, unobservable);
	}

	/** The sign of a reconciled flow in the balance it goes to, and in the one it leaves. */
	private static final double[] SIGNS = { 1, -1 };

	/** S = A V Aᵀ in the minimum-degree order, and its Cholesky factor L. */
	private static DMatrixSparseCSC factor(FlowNetwork net, MergedBalances merged, Map<Integer, int[]> rowsOf,
			int[] position) {
		int m = merged.independent;
		// parallel flows between two merged balances add up: sum the entries before building the matrix
		Map<Long, Double> offDiagonal = new HashMap<>();
		double[] diag = new double[m];
		for (int e : merged.crossing) {
			double v = net.sigma[e] * net.sigma[e];
			int[] rr = rowsOf.get(e);
			for (int a = 0; a < 2; a++) {
				if (rr[a] >= 0) {
					diag[position[rr[a]]] += v;
				}
			}
			if (rr[0] >= 0 && rr[1] >= 0) {
				int p1 = position[rr[0]];
				int p2 = position[rr[1]];
				offDiagonal.merge((long) Math.min(p1, p2) * m + Math.max(p1, p2), -v, Double::sum);
			}
		}
		if (m == 0) {
			return new DMatrixSparseCSC(0, 0, 0);
		}
		DMatrixSparseTriplet triplets = new DMatrixSparseTriplet(m, m, offDiagonal.size() + m);
		offDiagonal.forEach((key, v) -> triplets.addItem((int) (key / m), (int) (key % m), v));
		for (int i = 0; i < m; i++) {
			triplets.addItem(i, i, diag[i]);
		}
		DMatrixSparseCSC s = DConvertMatrixStruct.convert(triplets, (DMatrixSparseCSC) null);
		s.sortIndices(null);
		CholeskyUpLooking_DSCC cholesky = new CholeskyUpLooking_DSCC();
		if (!cholesky.decompose(s)) {
			throw new IllegalStateException("the reduced balance matrix is not positive definite");
		}
		DMatrixSparseCSC l = cholesky.getL();
		l.sortIndices(null);
		return l;
	}
}
