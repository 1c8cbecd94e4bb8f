package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A minimum-degree ordering of a symmetric sparsity pattern, on the explicit elimination graph: eliminate a vertex of
 * least current degree, join its neighbours into a clique, repeat. Simple and, for the sparse, nearly planar graphs
 * of park networks, close to approximate minimum degree in fill (checked in the tests against a natural ordering).
 */
final class MinimumDegree {

	private MinimumDegree() {
	}

	/** @return order[k] = the vertex eliminated k-th */
	static int[] order(List<Set<Integer>> adjacency) {
		int n = adjacency.size();
		List<Set<Integer>> graph = new ArrayList<>(n);
		for (Set<Integer> s : adjacency) {
			graph.add(new HashSet<>(s));
		}
		int[] degree = new int[n];
		PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		for (int v = 0; v < n; v++) {
			degree[v] = graph.get(v).size();
			queue.add(new long[] { degree[v], v });
		}
		boolean[] eliminated = new boolean[n];
		int[] order = new int[n];
		int k = 0;
		while (!queue.isEmpty()) {
			long[] top = queue.poll();
			int v = (int) top[1];
			if (eliminated[v] || top[0] != degree[v]) {
				continue;
			}
			eliminated[v] = true;
			order[k++] = v;
			List<Integer> neighbours = new ArrayList<>(graph.get(v));
			graph.get(v).clear();
			for (int u : neighbours) {
				graph.get(u).remove(v);
			}
			for (int i = 0; i < neighbours.size(); i++) {
				Set<Integer> gu = graph.get(neighbours.get(i));
				for (int j = i + 1; j < neighbours.size(); j++) {
					if (gu.add(neighbours.get(j))) {
						graph.get(neighbours.get(j)).add(neighbours.get(i));
					}
				}
			}
			for (int u : neighbours) {
				degree[u] = graph.get(u).size();
				queue.add(new long[] { degree[u], u });
			}
		}
		return order;
	}
}
