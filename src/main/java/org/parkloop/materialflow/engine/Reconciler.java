package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

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

	private Reconciler() {
	}

	public static Result reconcile(Model model) {
		return NonNegative.reconcile(model, m -> {
			LinearProblem p = LinearProblem.of(m);
			return p.result(solve(p), 1);
		});
	}

	/**
	 * Solves one general linear reconciliation: variables with their given value (null = unknown) and standard
	 * deviation (0 = exact), and constraint rows Σ coefficient × variable = rhs.
	 */
	static Solution solveLinear(List<String> names, Double[] given, double[] sigma, List<Map<Integer, Double>> rows,
			List<Double> rhs, List<String> rowNames) {
		LinearProblem p = new LinearProblem(names.size());
		p.names.addAll(names);
		p.given = given;
		p.sigma = sigma;
		p.rows.addAll(rows);
		p.rhs.addAll(rhs);
		p.rowNames.addAll(rowNames);
		p.scale = NonNegative.scale(java.util.Arrays.asList(given));
		return solve(p);
	}

	/** Values per variable (null where undetermined), their covariance diagonal, classes and residuals. */
	record Solution(Double[] value, double[] variance, Classification[] classes, Double[] z, double chiSquare, int dof,
			List<List<Integer>> unobservableGroups) {
	}

	private static Solution solve(LinearProblem p) {
		int n = p.names.size();
		List<Integer> measured = new ArrayList<>();
		List<Integer> unknown = new ArrayList<>();
		double[] fixed = new double[n];
		boolean[] isFixed = new boolean[n];
		for (int v = 0; v < n; v++) {
			if (p.given[v] == null) {
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
		DMatrixRMaj g = Svd.mult(Svd.transpose(q2), aM);
		DMatrixRMaj h = Svd.mult(Svd.transpose(q2), b);

		// an independent set of constraints on the measurements; what is left of h must vanish
		Svd svdG = Svd.of(g);
		DMatrixRMaj w = svdG.range();
		DMatrixRMaj gr = Svd.mult(Svd.transpose(w), g);
		DMatrixRMaj hr = Svd.mult(Svd.transpose(w), h);
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
			DMatrixRMaj vgT = Svd.mult(vDiag, Svd.transpose(gr));
			DMatrixRMaj s = Svd.mult(gr, vgT);
			DMatrixRMaj sInv = new DMatrixRMaj(k, k);
			if (!CommonOps_DDRM.invert(s, sInv)) {
				throw new IllegalStateException("singular reduced system");
			}
			DMatrixRMaj residual = Svd.mult(gr, y);
			CommonOps_DDRM.subtractEquals(residual, hr);
			DMatrixRMaj lambda = Svd.mult(sInv, residual);
			CommonOps_DDRM.subtractEquals(yHat, Svd.mult(vgT, lambda));
			chi2 = CommonOps_DDRM.dot(residual, lambda);
			adjustCov = Svd.mult(vgT, Svd.mult(sInv, Svd.transpose(vgT)));
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
				classes[v] = Classification.EXACT;
			}
		}
		for (int i = 0; i < nm; i++) {
			int v = measured.get(i);
			value[v] = yHat.get(i, 0);
			variance[v] = Math.max(0, yHatCov.get(i, i));
			double adjVar = adjustCov.get(i, i);
			boolean redundant = adjVar > NonNegative.TOLERANCE * vDiag.get(i, i);
			classes[v] = redundant ? Classification.REDUNDANT : Classification.JUST_MEASURED;
			z[v] = redundant ? (y.get(i, 0) - yHat.get(i, 0)) / Math.sqrt(adjVar) : null;
		}

		// the unknowns from the reconciled measurements
		List<List<Integer>> unobservableGroups = new ArrayList<>();
		if (!unknown.isEmpty()) {
			DMatrixRMaj rhs = b.copy();
			CommonOps_DDRM.subtractEquals(rhs, Svd.mult(aM, yHat));
			DMatrixRMaj pinv = svdU.pseudoInverse();
			DMatrixRMaj u = Svd.mult(pinv, rhs);
			DMatrixRMaj sens = Svd.mult(pinv, aM);
			DMatrixRMaj uCov = Svd.mult(sens, Svd.mult(yHatCov, Svd.transpose(sens)));
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
		return new Solution(value, variance, classes, z, chi2, k, unobservableGroups);
	}

	/** A combination of constraints that leaves no measured value but does not hold: the given values contradict. */
	private static void checkConsistent(LinearProblem p, DMatrixRMaj q2, DMatrixRMaj leftNullG, DMatrixRMaj h) {
		double scale = 1 + p.scale;
		for (int c = 0; c < leftNullG.numCols; c++) {
			double dot = 0;
			for (int r = 0; r < h.numRows; r++) {
				dot += leftNullG.get(r, c) * h.get(r, 0);
			}
			if (Math.abs(dot) > 1e-7 * scale) {
				DMatrixRMaj combo = Svd.mult(q2, column(leftNullG, c));
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

}
