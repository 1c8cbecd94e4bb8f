package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Data reconciliation as STAN does it: minimise the weighted squared adjustments of the measured values subject to
 * every process balance and relation, compute the unknowns, classify every variable, propagate the covariance to every
 * reconciled and computed value, and test the result (global χ² test, normalised residuals).
 *
 * <p>Method (Crowe's projection, after Narasimhan and Jordache, <i>Data Reconciliation and Gross Error Detection</i>,
 * ch. 3): the unknowns are eliminated with a projection onto the left null space of their constraint columns; the
 * remaining constraints on the measurements are reduced to an independent set (its size is the degrees of freedom);
 * the measurements are adjusted by weighted least squares under them; the unknowns are then computed with the
 * pseudo-inverse, and are observable where the null space of their columns leaves them fixed. Dense linear algebra
 * (EJML): for models of up to a few thousand flows.
 */
public final class Reconciler {

	static final double TOLERANCE = 1e-9;
	private static final int MAX_ITERATIONS = 100;

	private Reconciler() {
	}

	public static Result reconcile(Model model) {
		Problem p = Problem.of(model);
		Set<Integer> clamped = new HashSet<>();
		int iterations = 0;
		while (true) {
			iterations++;
			Solution s = solve(p, clamped);
			if (!model.nonNegative() || iterations >= MAX_ITERATIONS) {
				return p.result(s, iterations);
			}
			// keep flows non-negative, an active-set method on the bounds: fix each negative flow at zero; when none is
			// negative, release the fixed flow that would come out most positive on its own (its bound's multiplier
			// has the wrong sign); stop when no fixed flow would: then every bound's multiplier is right (KKT)
			List<Integer> negative = new ArrayList<>();
			for (int v = 0; v < p.names.size(); v++) {
				if (p.isFlow(v) && s.value[v] != null && s.value[v] < -TOLERANCE * (1 + p.scale) && !clamped.contains(v)) {
					negative.add(v);
				}
			}
			if (!negative.isEmpty()) {
				clamped.addAll(negative);
				continue;
			}
			int release = -1;
			double most = TOLERANCE * (1 + p.scale);
			for (int v : clamped) {
				Set<Integer> others = new HashSet<>(clamped);
				others.remove(v);
				Double free = solve(p, others).value[v];
				if (free != null && free > most) {
					most = free;
					release = v;
				}
			}
			if (release < 0) {
				return p.result(s, iterations);
			}
			clamped.remove(release);
		}
	}

	/**
	 * Solves one general linear reconciliation: variables with their given value (null = unknown) and standard
	 * deviation (0 = exact), and constraint rows Σ coefficient × variable = rhs.
	 */
	static Solution solveLinear(List<String> names, Double[] given, double[] sigma, List<Map<Integer, Double>> rows,
			List<Double> rhs, List<String> rowNames) {
		Problem p = new Problem(names.size());
		p.names.addAll(names);
		p.given = given;
		p.sigma = sigma;
		p.rows.addAll(rows);
		p.rhs.addAll(rhs);
		p.rowNames.addAll(rowNames);
		for (Double g : given) {
			if (g != null) {
				p.scale = Math.max(p.scale, Math.abs(g));
			}
		}
		return solve(p, Set.of());
	}

	/** Values per variable (null where undetermined), their covariance diagonal, classes and residuals. */
	record Solution(Double[] value, double[] variance, Classification[] classes, Double[] z, double chiSquare, int dof,
			List<List<Integer>> unobservableGroups) {
	}

	private static Solution solve(Problem p, Set<Integer> clamped) {
		int n = p.names.size();
		List<Integer> measured = new ArrayList<>();
		List<Integer> unknown = new ArrayList<>();
		double[] fixed = new double[n];
		boolean[] isFixed = new boolean[n];
		for (int v = 0; v < n; v++) {
			if (clamped.contains(v)) {
				isFixed[v] = true;
				fixed[v] = 0;
			}
			else if (p.given[v] == null) {
				unknown.add(v);
			}
			else if (p.sigma[v] == 0) {
				isFixed[v] = true;
				fixed[v] = p.given[v];
			}
			else {
				measured.add(v);
			}
		}
		int m = p.rows.size();
		DMatrixRMaj aM = new DMatrixRMaj(m, measured.size());
		DMatrixRMaj aU = new DMatrixRMaj(m, unknown.size());
		DMatrixRMaj b = new DMatrixRMaj(m, 1);
		for (int r = 0; r < m; r++) {
			double rhs = p.rhs.get(r);
			for (Map.Entry<Integer, Double> e : p.rows.get(r).entrySet()) {
				int v = e.getKey();
				if (isFixed[v]) {
					rhs -= e.getValue() * fixed[v];
				}
				else if (p.given[v] == null) {
					aU.set(r, unknown.indexOf(v), e.getValue());
				}
				else {
					aM.set(r, measured.indexOf(v), e.getValue());
				}
			}
			b.set(r, 0, rhs);
		}

		// eliminate the unknowns: Q2 spans the left null space of A_U
		Svd svdU = Svd.of(aU);
		DMatrixRMaj q2 = svdU.leftNull();
		DMatrixRMaj g = mult(transpose(q2), aM);
		DMatrixRMaj h = mult(transpose(q2), b);

		// an independent set of constraints on the measurements; what is left of h must vanish
		Svd svdG = Svd.of(g);
		DMatrixRMaj w = svdG.range();
		DMatrixRMaj gr = mult(transpose(w), g);
		DMatrixRMaj hr = mult(transpose(w), h);
		checkConsistent(p, q2, svdG.leftNull(), h);

		int k = gr.numRows;
		int nm = measured.size();
		DMatrixRMaj y = new DMatrixRMaj(nm, 1);
		DMatrixRMaj vDiag = new DMatrixRMaj(nm, nm);
		for (int i = 0; i < nm; i++) {
			y.set(i, 0, p.given[measured.get(i)]);
			vDiag.set(i, i, p.sigma[measured.get(i)] * p.sigma[measured.get(i)]);
		}
		DMatrixRMaj yHat = y.copy();
		DMatrixRMaj adjustCov = new DMatrixRMaj(nm, nm);
		double chi2 = 0;
		if (k > 0) {
			DMatrixRMaj vgT = mult(vDiag, transpose(gr));
			DMatrixRMaj s = mult(gr, vgT);
			DMatrixRMaj sInv = new DMatrixRMaj(k, k);
			if (!CommonOps_DDRM.invert(s, sInv)) {
				throw new IllegalStateException("singular reduced system");
			}
			DMatrixRMaj residual = mult(gr, y);
			CommonOps_DDRM.subtractEquals(residual, hr);
			DMatrixRMaj lambda = mult(sInv, residual);
			CommonOps_DDRM.subtractEquals(yHat, mult(vgT, lambda));
			chi2 = CommonOps_DDRM.dot(residual, lambda);
			adjustCov = mult(vgT, mult(sInv, transpose(vgT)));
		}
		DMatrixRMaj yHatCov = vDiag.copy();
		CommonOps_DDRM.subtractEquals(yHatCov, adjustCov);

		Double[] value = new Double[n];
		double[] variance = new double[n];
		Classification[] classes = new Classification[n];
		Double[] z = new Double[n];
		for (int v = 0; v < n; v++) {
			if (isFixed[v]) {
				value[v] = fixed[v];
				classes[v] = clamped.contains(v) && p.given[v] != null && p.sigma[v] > 0 ? Classification.REDUNDANT
						: p.given[v] == null ? Classification.OBSERVABLE : Classification.EXACT;
			}
		}
		for (int v : clamped) {
			if (p.given[v] != null && p.sigma[v] > 0) {
				chi2 += p.given[v] * p.given[v] / (p.sigma[v] * p.sigma[v]);
			}
		}
		for (int i = 0; i < nm; i++) {
			int v = measured.get(i);
			value[v] = yHat.get(i, 0);
			variance[v] = Math.max(0, yHatCov.get(i, i));
			double adjVar = adjustCov.get(i, i);
			boolean redundant = adjVar > TOLERANCE * vDiag.get(i, i);
			classes[v] = redundant ? Classification.REDUNDANT : Classification.JUST_MEASURED;
			z[v] = redundant ? (y.get(i, 0) - yHat.get(i, 0)) / Math.sqrt(adjVar) : null;
		}

		// the unknowns from the reconciled measurements
		List<List<Integer>> unobservableGroups = new ArrayList<>();
		if (!unknown.isEmpty()) {
			DMatrixRMaj rhs = b.copy();
			CommonOps_DDRM.subtractEquals(rhs, mult(aM, yHat));
			DMatrixRMaj pinv = svdU.pseudoInverse();
			DMatrixRMaj u = mult(pinv, rhs);
			DMatrixRMaj sens = mult(pinv, aM);
			DMatrixRMaj uCov = mult(sens, mult(yHatCov, transpose(sens)));
			DMatrixRMaj nullU = svdU.rightNull();
			for (int j = 0; j < unknown.size(); j++) {
				int v = unknown.get(j);
				double nullWeight = 0;
				for (int c = 0; c < nullU.numCols; c++) {
					nullWeight += nullU.get(j, c) * nullU.get(j, c);
				}
				if (nullWeight > 1e-12) {
					classes[v] = Classification.UNOBSERVABLE;
				}
				else {
					classes[v] = Classification.OBSERVABLE;
					value[v] = u.get(j, 0);
					variance[v] = Math.max(0, uCov.get(j, j));
				}
			}
			for (int c = 0; c < nullU.numCols; c++) {
				List<Integer> group = new ArrayList<>();
				for (int j = 0; j < unknown.size(); j++) {
					if (Math.abs(nullU.get(j, c)) > 1e-6) {
						group.add(unknown.get(j));
					}
				}
				unobservableGroups.add(group);
			}
		}
		return new Solution(value, variance, classes, z, chi2, k + clampedMeasured(p, clamped), unobservableGroups);
	}

	private static int clampedMeasured(Problem p, Set<Integer> clamped) {
		return (int) clamped.stream().filter(v -> p.given[v] != null && p.sigma[v] > 0).count();
	}

	/** A combination of constraints that leaves no measured value but does not hold: the given values contradict. */
	private static void checkConsistent(Problem p, DMatrixRMaj q2, DMatrixRMaj leftNullG, DMatrixRMaj h) {
		double scale = 1 + p.scale;
		for (int c = 0; c < leftNullG.numCols; c++) {
			double dot = 0;
			for (int r = 0; r < h.numRows; r++) {
				dot += leftNullG.get(r, c) * h.get(r, 0);
			}
			if (Math.abs(dot) > 1e-7 * scale) {
				DMatrixRMaj combo = mult(q2, column(leftNullG, c));
				List<String> involved = new ArrayList<>();
				for (int r = 0; r < combo.numRows; r++) {
					if (Math.abs(combo.get(r, 0)) > 1e-6) {
						involved.add(p.rowNames.get(r));
					}
				}
				throw new ModelException("mfa.contradiction", involved);
			}
		}
	}

	private static DMatrixRMaj column(DMatrixRMaj m, int c) {
		DMatrixRMaj col = new DMatrixRMaj(m.numRows, 1);
		for (int r = 0; r < m.numRows; r++) {
			col.set(r, 0, m.get(r, c));
		}
		return col;
	}

	static DMatrixRMaj mult(DMatrixRMaj a, DMatrixRMaj b) {
		DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numCols);
		if (a.numCols > 0) {
			CommonOps_DDRM.mult(a, b, c);
		}
		return c;
	}

	static DMatrixRMaj transpose(DMatrixRMaj a) {
		return CommonOps_DDRM.transpose(a, null);
	}

	/** A full SVD with the rank, and the bases it gives. */
	record Svd(DMatrixRMaj u, double[] s, DMatrixRMaj v, int rank, int rows, int cols) {

		static Svd of(DMatrixRMaj a) {
			int rows = a.numRows;
			int cols = a.numCols;
			if (rows == 0 || cols == 0) {
				return new Svd(CommonOps_DDRM.identity(rows), new double[0], CommonOps_DDRM.identity(cols), 0, rows, cols);
			}
			SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, cols, true, true, false);
			if (!svd.decompose(a.copy())) {
				throw new IllegalStateException("SVD failed");
			}
			DMatrixRMaj u = svd.getU(null, false);
			DMatrixRMaj w = svd.getW(null);
			DMatrixRMaj v = svd.getV(null, false);
			SingularOps_DDRM.descendingOrder(u, false, w, v, false);
			int min = Math.min(rows, cols);
			double[] s = new double[min];
			for (int i = 0; i < min; i++) {
				s[i] = w.get(i, i);
			}
			double tol = Math.max(rows, cols) * 1e-12 * (min == 0 ? 0 : s[0]);
			int rank = 0;
			while (rank < min && s[rank] > Math.max(tol, 1e-14)) {
				rank++;
			}
			return new Svd(u, s, v, rank, rows, cols);
		}

		/** Orthonormal basis of the range (rows × rank). */
		DMatrixRMaj range() {
			return columns(u, 0, rank);
		}

		/** Orthonormal basis of the left null space (rows × (rows − rank)). */
		DMatrixRMaj leftNull() {
			return columns(u, rank, rows);
		}

		/** Orthonormal basis of the null space (cols × (cols − rank)). */
		DMatrixRMaj rightNull() {
			return columns(v, rank, cols);
		}

		DMatrixRMaj pseudoInverse() {
			DMatrixRMaj p = new DMatrixRMaj(cols, rows);
			for (int i = 0; i < rank; i++) {
				for (int r = 0; r < cols; r++) {
					double vr = v.get(r, i) / s[i];
					for (int c = 0; c < rows; c++) {
						p.add(r, c, vr * u.get(c, i));
					}
				}
			}
			return p;
		}

		private static DMatrixRMaj columns(DMatrixRMaj m, int from, int to) {
			DMatrixRMaj out = new DMatrixRMaj(m.numRows, Math.max(0, to - from));
			for (int r = 0; r < m.numRows; r++) {
				for (int c = from; c < to; c++) {
					out.set(r, c - from, m.get(r, c));
				}
			}
			return out;
		}
	}

	/** The model as numbered variables (flows, then stock changes) and constraint rows. */
	static final class Problem {

		final List<String> names = new ArrayList<>();
		final int flowCount;
		Double[] given;
		double[] sigma;
		final List<Map<Integer, Double>> rows = new ArrayList<>();
		final List<Double> rhs = new ArrayList<>();
		final List<String> rowNames = new ArrayList<>();
		final Map<String, List<String>> flowsOfProcess = new HashMap<>();
		double scale;

		private Problem(int flowCount) {
			this.flowCount = flowCount;
		}

		boolean isFlow(int v) {
			return v < flowCount;
		}

		static Problem of(Model model) {
			Validation.check(model);
			Problem p = new Problem(model.flows().size());
			List<Double> given = new ArrayList<>();
			List<Double> sigma = new ArrayList<>();
			Map<String, Integer> flowIndex = new HashMap<>();
			for (Model.Flow f : model.flows()) {
				flowIndex.put(f.id(), p.names.size());
				p.names.add(f.id());
				given.add(f.value());
				sigma.add(f.value() == null || f.sigma() == null ? 0.0 : f.sigma());
			}
			Map<String, Integer> stockIndex = new LinkedHashMap<>();
			for (Model.StockChange s : model.stocks()) {
				stockIndex.put(s.process(), p.names.size());
				p.names.add(s.process());
				given.add(s.value());
				sigma.add(s.value() == null || s.sigma() == null ? 0.0 : s.sigma());
			}
			p.given = given.toArray(Double[]::new);
			p.sigma = sigma.stream().mapToDouble(Double::doubleValue).toArray();
			for (Double g : p.given) {
				if (g != null) {
					p.scale = Math.max(p.scale, Math.abs(g));
				}
			}
			for (String process : model.processes()) {
				Map<Integer, Double> row = new LinkedHashMap<>();
				for (Model.Flow f : model.flows()) {
					if (process.equals(f.to())) {
						row.merge(flowIndex.get(f.id()), 1.0, Double::sum);
					}
					if (process.equals(f.from())) {
						row.merge(flowIndex.get(f.id()), -1.0, Double::sum);
					}
				}
				if (stockIndex.containsKey(process)) {
					row.put(stockIndex.get(process), -1.0);
				}
				p.rows.add(row);
				p.rhs.add(0.0);
				p.rowNames.add(process);
			}
			int i = 0;
			for (Model.Relation rel : model.relations()) {
				Map<Integer, Double> row = new LinkedHashMap<>();
				for (Model.Term t : rel.terms()) {
					row.merge(flowIndex.get(t.flow()), t.coefficient(), Double::sum);
				}
				p.rows.add(row);
				p.rhs.add(rel.constant());
				p.rowNames.add("relation " + (++i));
			}
			return p;
		}

		Result result(Solution s, int iterations) {
			List<Result.Estimate> flows = new ArrayList<>();
			List<Result.Estimate> stocks = new ArrayList<>();
			for (int v = 0; v < names.size(); v++) {
				Double sd = s.value()[v] == null ? null : Math.sqrt(s.variance()[v]);
				Result.Estimate e = new Result.Estimate(names.get(v), given[v], s.value()[v], sd, s.classes()[v], s.z()[v]);
				(isFlow(v) ? flows : stocks).add(e);
			}
			List<String> unobservable = s.unobservableGroups().stream()
				.map(g -> String.join(", ", g.stream().map(names::get).toList()))
				.toList();
			double p = ChiSquare.pValue(s.chiSquare(), s.dof());
			return new Result(flows, stocks, balances(), s.chiSquare(), s.dof(), p, p >= 0.05, iterations, unobservable);
		}

		/** Each process's imbalance from the given values, where every term is given. */
		private List<Result.Balance> balances() {
			List<Result.Balance> out = new ArrayList<>();
			for (int r = 0; r < rows.size(); r++) {
				if (rowNames.get(r).startsWith("relation ")) {
					continue;
				}
				double imbalance = -rhs.get(r);
				double variance = 0;
				boolean complete = true;
				for (Map.Entry<Integer, Double> e : rows.get(r).entrySet()) {
					Double g = given[e.getKey()];
					if (g == null) {
						complete = false;
						break;
					}
					imbalance += e.getValue() * g;
					variance += e.getValue() * e.getValue() * sigma[e.getKey()] * sigma[e.getKey()];
				}
				double sd = Math.sqrt(variance);
				out.add(complete ? new Result.Balance(rowNames.get(r), imbalance, sd, sd > 0 ? imbalance / sd : null)
						: new Result.Balance(rowNames.get(r), null, null, null));
			}
			return out;
		}
	}
}
