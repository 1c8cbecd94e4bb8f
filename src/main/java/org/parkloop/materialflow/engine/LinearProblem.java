package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model as numbered variables (flows, then stock changes) and constraint rows. */
final class LinearProblem {

	final List<String> names = new ArrayList<>();
	final int flowCount;
	Double[] given;
	double[] sigma;
	final List<Map<Integer, Double>> rows = new ArrayList<>();
	final List<Double> rhs = new ArrayList<>();
	final List<String> rowNames = new ArrayList<>();
	final Map<String, List<String>> flowsOfProcess = new HashMap<>();
	double scale;

	LinearProblem(int flowCount) {
		this.flowCount = flowCount;
	}

	boolean isFlow(int v) {
		return v < flowCount;
	}

	static LinearProblem of(Model model) {
		Validation.check(model);
		LinearProblem p = new LinearProblem(model.flows().size());
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
		p.scale = NonNegative.scale(java.util.Arrays.asList(p.given));
		goodsRows(model, flowIndex, stockIndex, p.rows, p.rhs, p.rowNames);
		return p;
	}

	/** A balance row per process (inflows − outflows − change in stock = 0), then a row per relation. */
	static void goodsRows(Model model, Map<String, Integer> flowIndex, Map<String, Integer> stockIndex,
			List<Map<Integer, Double>> rows, List<Double> rhs, List<String> rowNames) {
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
			rows.add(row);
			rhs.add(0.0);
			rowNames.add(process);
		}
		int i = 0;
		for (Model.Relation r : model.relations()) {
			Map<Integer, Double> row = new LinkedHashMap<>();
			r.terms().forEach(t -> row.merge(flowIndex.get(t.flow()), t.coefficient(), Double::sum));
			rows.add(row);
			rhs.add(r.constant());
			rowNames.add("relation " + (++i));
		}
	}

	Result result(Reconciler.Solution s, int iterations) {
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
