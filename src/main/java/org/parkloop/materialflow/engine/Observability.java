package org.parkloop.materialflow.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejml.data.DGrowArray;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.IGrowArray;
import org.ejml.sparse.csc.misc.TriangularSolver_DSCC;

/**
 * Which unknown flows the measurements determine. An unknown flow is observable if it is a bridge of the unknown
 * flows of its group: its value is the balance of the side it cuts off, and its variance dᵀ Cov d = Σ dⱼ²σⱼ² −
 * ‖L⁻¹ A V d‖² takes one sparse triangular solve with the factor L of S = A V Aᵀ. Unknown flows on a cycle are
 * unobservable.
 */
final class Observability {

	private final FlowNetwork net;
	private final MergedBalances merged;
	private final DMatrixSparseCSC l;
	private final int[] position;
	private final List<List<Integer>> incident;
	private final int[] tin;
	private final DGrowArray gx = new DGrowArray();
	private final IGrowArray gxi = new IGrowArray();
	private final IGrowArray gw = new IGrowArray();

	/**
	 * @param l the Cholesky factor of S, whose rows are the independent merged balances in the order {@code position}
	 */
	Observability(FlowNetwork net, MergedBalances merged, DMatrixSparseCSC l, int[] position) {
		this.net = net;
		this.merged = merged;
		this.l = l;
		this.position = position;
		this.incident = net.incident();
		this.tin = new int[net.nodes];
	}

	/**
	 * Computes the unknown flows into {@code value}, {@code variance} and {@code classes} (which hold the reconciled
	 * and exact values); returns the unobservable groups, each as the ids it joins.
	 */
	List<String> unknowns(Double[] value, double[] variance, Classification[] classes) {
		int n = net.edges();
		// the known net inflow of each node, from reconciled and exact values
		double[] knownNet = new double[net.nodes];
		for (int e = 0; e < n; e++) {
			if (!net.unknown(e)) {
				knownNet[net.to[e]] += value[e];
				knownNet[net.from[e]] -= value[e];
			}
		}
		int[] low = new int[net.nodes];
		int[] parentEdge = new int[net.nodes];
		double[] subtree = new double[net.nodes];
		Arrays.fill(tin, -1);
		int timer = 0;
		Set<Integer> bridges = new HashSet<>();
		List<int[]> bridgeChild = new ArrayList<>();
		// roots: the environment first, so that every side cut off leaves it out
		List<Integer> roots = new ArrayList<>();
		roots.add(net.env);
		for (int v = 0; v < net.env; v++) {
			roots.add(v);
		}
		int[] preorder = new int[net.nodes];
		int[] subtreeEnd = new int[net.nodes];
		for (int root : roots) {
			if (tin[root] >= 0) {
				continue;
			}
			ArrayDeque<int[]> stack = new ArrayDeque<>();
			tin[root] = low[root] = timer;
			preorder[timer++] = root;
			parentEdge[root] = -1;
			stack.push(new int[] { root, 0 });
			while (!stack.isEmpty()) {
				int[] frame = stack.peek();
				int v = frame[0];
				List<Integer> edges = incident.get(v);
				if (frame[1] < edges.size()) {
					int e = edges.get(frame[1]++);
					if (!net.unknown(e) || e == parentEdge[v]) {
						continue;
					}
					int w = net.from[e] == v ? net.to[e] : net.from[e];
					if (w == v) {
						continue;
					}
					if (tin[w] < 0) {
						parentEdge[w] = e;
						tin[w] = low[w] = timer;
						preorder[timer++] = w;
						stack.push(new int[] { w, 0 });
					}
					else {
						low[v] = Math.min(low[v], tin[w]);
					}
				}
				else {
					stack.pop();
					subtree[v] += knownNet[v];
					subtreeEnd[v] = timer;
					if (parentEdge[v] >= 0) {
						int e = parentEdge[v];
						int u = net.from[e] == v ? net.to[e] : net.from[e];
						low[u] = Math.min(low[u], low[v]);
						subtree[u] += subtree[v];
						if (low[v] > tin[u]) {
							bridges.add(e);
							bridgeChild.add(new int[] { e, v });
						}
					}
				}
			}
		}
		Map<Integer, List<String>> cycles = new HashMap<>();
		for (int e = 0; e < n; e++) {
			if (net.unknown(e) && !bridges.contains(e)) {
				classes[e] = Classification.UNOBSERVABLE;
				cycles.computeIfAbsent(merged.group[net.from[e]], g -> new ArrayList<>()).add(net.ids.get(e));
			}
		}
		for (int[] bc : bridgeChild) {
			int e = bc[0];
			int child = bc[1];
			// inflow into the cut-off side plus the bridge's own contribution balances to zero
			value[e] = net.to[e] == child ? -subtree[child] : subtree[child];
			classes[e] = Classification.OBSERVABLE;
			variance[e] = sideVariance(tin[child], subtreeEnd[child], preorder);
		}
		List<String> out = new ArrayList<>();
		cycles.values().forEach(c -> out.add(String.join(", ", c)));
		return out;
	}

	/** Var of the net known inflow into the side [start, end) of the preorder (the subtree of a bridge). */
	private double sideVariance(int start, int end, int[] preorder) {
		double direct = 0;
		Map<Integer, Double> g = new HashMap<>();
		for (int t = start; t < end; t++) {
			int v = preorder[t];
			for (int e : incident.get(v)) {
				if (net.unknown(e) || !net.measured(e)) {
					continue;
				}
				boolean fromInside = inSide(net.from[e], start, end);
				boolean toInside = inSide(net.to[e], start, end);
				if (fromInside == toInside || (fromInside && net.from[e] != v) || (toInside && net.to[e] != v)) {
					continue;
				}
				double d = toInside ? 1 : -1;
				double var = net.sigma[e] * net.sigma[e];
				direct += var;
				int r1 = merged.row(net.to[e]);
				int r2 = merged.row(net.from[e]);
				if (r1 >= 0) {
					g.merge(position[r1], var * d, Double::sum);
				}
				if (r2 >= 0) {
					g.merge(position[r2], -var * d, Double::sum);
				}
			}
		}
		if (g.isEmpty() || l.numCols == 0) {
			return direct;
		}
		DMatrixSparseCSC b = new DMatrixSparseCSC(l.numCols, 1, g.size());
		g.forEach((r, v) -> b.set(r, 0, v));
		DMatrixSparseCSC x = new DMatrixSparseCSC(l.numCols, 1, g.size());
		TriangularSolver_DSCC.solve(l, true, b, x, null, gx, gxi, gw);
		double quad = 0;
		for (int i = 0; i < x.nz_length; i++) {
			quad += x.nz_values[i] * x.nz_values[i];
		}
		return Math.max(0, direct - quad);
	}

	private boolean inSide(int v, int start, int end) {
		int t = tin[v];
		return t >= start && t < end;
	}
}
