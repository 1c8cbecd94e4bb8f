package org.parkloop.materialflow.engine;

import java.util.Arrays;

import org.ejml.data.DMatrixSparseCSC;

/**
 * The entries of S⁻¹ on the pattern of S's Cholesky factor L (S = L Lᵀ), by the Takahashi recurrences, without
 * forming S⁻¹: Z_jj = 1/d_j − Σ_k L̃_kj Z_kj and Z_ij = −Σ_k L̃_kj Z_ik over k > j in column j, where L = L̃ D^½. Every
 * Z_ik needed lies on the pattern because the pattern of a Cholesky factor is chordal.
 */
final class SelectedInverse {

	private final DMatrixSparseCSC l;
	private final double[] z;

	private SelectedInverse(DMatrixSparseCSC l, double[] z) {
		this.l = l;
		this.z = z;
	}

	/** @param l lower-triangular Cholesky factor with sorted row indices and the diagonal first in each column */
	static SelectedInverse of(DMatrixSparseCSC l) {
		int n = l.numCols;
		double[] z = new double[l.nz_length];
		for (int j = n - 1; j >= 0; j--) {
			int start = l.col_idx[j];
			int end = l.col_idx[j + 1];
			double ljj = l.nz_values[start];
			// off-diagonal rows of column j, and L̃_kj = L_kj / L_jj
			int count = end - start - 1;
			int[] rows = Arrays.copyOfRange(l.nz_rows, start + 1, end);
			double[] lt = new double[count];
			for (int t = 0; t < count; t++) {
				lt[t] = l.nz_values[start + 1 + t] / ljj;
			}
			// Z_ij for i in the column, from the larger columns already done
			for (int a = count - 1; a >= 0; a--) {
				int i = rows[a];
				double sum = 0;
				for (int b = 0; b < count; b++) {
					int k = rows[b];
					sum += lt[b] * (i == k ? z[l.col_idx[i]] : zAt(l, z, Math.max(i, k), Math.min(i, k)));
				}
				z[start + 1 + a] = -sum;
			}
			double diag = 1.0 / (ljj * ljj);
			for (int b = 0; b < count; b++) {
				diag -= lt[b] * z[start + 1 + b];
			}
			z[start] = diag;
		}
		return new SelectedInverse(l, z);
	}

	/** (S⁻¹)_ij for i ≥ j on the factor's pattern. */
	double get(int i, int j) {
		return zAt(l, z, Math.max(i, j), Math.min(i, j));
	}

	private static double zAt(DMatrixSparseCSC l, double[] z, int row, int col) {
		int idx = Arrays.binarySearch(l.nz_rows, l.col_idx[col], l.col_idx[col + 1], row);
		if (idx < 0) {
			throw new IllegalStateException("(" + row + "," + col + ") is not on the factor's pattern");
		}
		return z[idx];
	}
}
