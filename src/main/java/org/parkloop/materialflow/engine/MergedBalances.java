package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The balances left when the unknown flows are eliminated: processes joined by unknown flows are merged (and merged
 * with the environment when an unknown flow crosses the boundary). For a flow network this eliminates the unknowns
 * exactly: the merged balances are the projected constraints of Crowe's method. The merged balances of a component
 * that no measured flow joins to the environment sum to zero, so one of each is dropped; the rest are independent,
 * and their number is the degrees of freedom.
 */
final class MergedBalances {

	/** Each node's group (a root of the union-find over unknown flows). */
	final int[] group;
	/** The measured flows between two groups: the ones reconciled. */
	final List<Integer> crossing = new ArrayList<>();
	/** The number of independent merged balances. */
	final int independent;

	private final int envGroup;
	private final Map<Integer, Integer> rowOf = new HashMap<>();
	private final int[] rowIndex;
	private final double[] rhs;

	MergedBalances(FlowNetwork net) {
		group = groups(net);
		envGroup = group[net.env];
		for (int v = 0; v < net.nodes; v++) {
			if (group[v] != envGroup) {
				rowOf.putIfAbsent(group[v], rowOf.size());
			}
		}
		int rows = rowOf.size();
		rhs = new double[rows];
		for (int e = 0; e < net.edges(); e++) {
			if (net.unknown(e) || group[net.from[e]] == group[net.to[e]]) {
				continue;
			}
			if (net.measured(e)) {
				crossing.add(e);
			}
			else {
				addTo(group[net.to[e]], -net.given[e]);
				addTo(group[net.from[e]], net.given[e]);
			}
		}
		boolean[] keep = independentRows(net, rows);
		rowIndex = new int[rows];
		int k = 0;
		for (int r = 0; r < rows; r++) {
			rowIndex[r] = keep[r] ? k++ : -1;
		}
		independent = k;
	}

	/** The independent balance a node belongs to, or −1 (the environment's, or a dropped one). */
	int row(int node) {
		Integer r = rowOf.get(group[node]);
		return r == null ? -1 : rowIndex[r];
	}

	/** The right-hand sides of the independent balances, by index. */
	double[] rhs() {
		double[] out = new double[independent];
		for (int r = 0; r < rowIndex.length; r++) {
			if (rowIndex[r] >= 0) {
				out[rowIndex[r]] = rhs[r];
			}
		}
		return out;
	}

	private void addTo(int g, double v) {
		Integer r = rowOf.get(g);
		if (r != null) {
			rhs[r] += v;
		}
	}

	/** Union-find of the nodes over the unknown flows. */
	private static int[] groups(FlowNetwork net) {
		int[] parent = new int[net.nodes];
		for (int i = 0; i < net.nodes; i++) {
			parent[i] = i;
		}
		for (int e = 0; e < net.edges(); e++) {
			if (net.unknown(e)) {
				union(parent, net.from[e], net.to[e]);
			}
		}
		int[] group = new int[net.nodes];
		for (int i = 0; i < net.nodes; i++) {
			group[i] = find(parent, i);
		}
		return group;
	}

	static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		if (ra != rb) {
			parent[ra] = rb;
		}
	}

	/**
	 * Drops one merged balance of each component that no measured flow joins to the environment. Such a component's
	 * balances must hold by their exact values together, else the model contradicts itself.
	 */
	private boolean[] independentRows(FlowNetwork net, int rows) {
		int[] parent = new int[rows + 1];
		for (int i = 0; i <= rows; i++) {
			parent[i] = i;
		}
		for (int e : crossing) {
			int a = group[net.to[e]] == envGroup ? rows : rowOf.get(group[net.to[e]]);
			int b = group[net.from[e]] == envGroup ? rows : rowOf.get(group[net.from[e]]);
			union(parent, a, b);
		}
		boolean[] keep = new boolean[rows];
		Arrays.fill(keep, true);
		Map<Integer, Double> componentRhs = new HashMap<>();
		Map<Integer, Integer> dropped = new HashMap<>();
		int envRoot = find(parent, rows);
		for (int r = 0; r < rows; r++) {
			int root = find(parent, r);
			if (root != envRoot) {
				componentRhs.merge(root, rhs[r], Double::sum);
				if (!dropped.containsKey(root)) {
					dropped.put(root, r);
					keep[r] = false;
				}
			}
		}
		double scale = Math.max(1, NonNegative.scale(Arrays.asList(net.given)));
		for (Map.Entry<Integer, Double> c : componentRhs.entrySet()) {
			if (Math.abs(c.getValue()) > NonNegative.TOLERANCE * scale) {
				List<String> involved = new ArrayList<>();
				for (int v = 0; v < net.env; v++) {
					Integer r = rowOf.get(group[v]);
					if (r != null && find(parent, r) == c.getKey()) {
						involved.add(net.process(v));
					}
				}
				throw new ModelException("mfa.contradiction", involved);
			}
		}
		return keep;
	}
}
