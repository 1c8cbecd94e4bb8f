package org.parkloop.materialflow.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

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
}
