package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A goods model as a graph: the processes and the environment are its nodes, every variable is an edge (the flows,
 * then each stock change as an outflow of its process to the environment).
 */
final class FlowNetwork {

	final Model model;
	final int env;
	final int nodes;
	final List<String> ids = new ArrayList<>();
	final int flowCount;
	final int[] from;
	final int[] to;
	final Double[] given;
	final double[] sigma;

	FlowNetwork(Model model) {
		this.model = model;
		Map<String, Integer> index = new HashMap<>();
		for (String p : model.processes()) {
			index.put(p, index.size());
		}
		nodes = index.size() + 1;
		env = index.size();
		flowCount = model.flows().size();
		int n = flowCount + model.stocks().size();
		from = new int[n];
		to = new int[n];
		given = new Double[n];
		sigma = new double[n];
		int e = 0;
		for (Model.Flow f : model.flows()) {
			ids.add(f.id());
			from[e] = f.from() == null ? env : index.get(f.from());
			to[e] = f.to() == null ? env : index.get(f.to());
			given[e] = f.value();
			sigma[e] = f.value() == null || f.sigma() == null ? 0 : f.sigma();
			e++;
		}
		for (Model.StockChange s : model.stocks()) {
			ids.add(s.process());
			from[e] = index.get(s.process());
			to[e] = env;
			given[e] = s.value();
			sigma[e] = s.value() == null || s.sigma() == null ? 0 : s.sigma();
			e++;
		}
	}

	int edges() {
		return ids.size();
	}

	boolean unknown(int e) {
		return given[e] == null;
	}

	boolean measured(int e) {
		return given[e] != null && sigma[e] > 0;
	}

	String process(int node) {
		return model.processes().get(node);
	}

	/** The edges at each node. */
	List<List<Integer>> incident() {
		List<List<Integer>> incident = new ArrayList<>();
		for (int v = 0; v < nodes; v++) {
			incident.add(new ArrayList<>());
		}
		for (int e = 0; e < edges(); e++) {
			incident.get(from[e]).add(e);
			incident.get(to[e]).add(e);
		}
		return incident;
	}

	/** Each process's imbalance from the given values, where every term is given. */
	List<Result.Balance> balances() {
		double[] net = new double[nodes];
		double[] var = new double[nodes];
		boolean[] complete = new boolean[nodes];
		Arrays.fill(complete, true);
		for (int e = 0; e < edges(); e++) {
			for (int side = 0; side < 2; side++) {
				int v = side == 0 ? to[e] : from[e];
				if (given[e] == null) {
					complete[v] = false;
				}
				else {
					net[v] += side == 0 ? given[e] : -given[e];
					var[v] += sigma[e] * sigma[e];
				}
			}
		}
		List<Result.Balance> out = new ArrayList<>();
		for (int v = 0; v < env; v++) {
			double sd = Math.sqrt(var[v]);
			out.add(complete[v] ? new Result.Balance(process(v), net[v], sd, sd > 0 ? net[v] / sd : null)
					: new Result.Balance(process(v), null, null, null));
		}
		return out;
	}
}
