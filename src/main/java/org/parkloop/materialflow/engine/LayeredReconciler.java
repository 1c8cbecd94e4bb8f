package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconciliation of the goods layer together with substance layers, as STAN does it: the substance balances
 * Σ in Gⱼcⱼ − Σ out Gⱼcⱼ = 0 are bilinear in goods flows G and concentrations c. They are linearised around the
 * current estimate (successive linearisation, Gauss–Newton on the constraints), the linear problem is reconciled with
 * the dense engine, and this is repeated until the estimates stop moving. Uncertainties, classes and the χ² test come
 * from the last linearisation.
 *
 * <p>A process with a change in stock has an unknown substance stock change, so it gives no substance balance.
 */
public final class LayeredReconciler {

	static final int MAX_ITERATIONS = 50;
	static final double CONVERGED = 1e-10;

	private LayeredReconciler() {
	}

	/** The goods result, and per layer the estimates of each flow's concentration. */
	public record LayeredResult(Result goods, Map<String, List<Result.Estimate>> concentrations) {
	}

	/** With the model's non-negativity option, goods flows and concentrations stay ≥ 0 ({@link BoundedLayers}). */
	public static LayeredResult reconcile(Model model, List<Layer> layers) {
		Validation.check(model);
		if (!model.nonNegative()) {
			return solve(model, layers);
		}
		return BoundedLayers.reconcile(model, layers);
	}

	/** The layered reconciliation itself, without bounds. */
	static LayeredResult solve(Model model, List<Layer> layers) {
		Map<String, Integer> flowIndex = new HashMap<>();
		List<String> names = new ArrayList<>();
		List<Double> given = new ArrayList<>();
		List<Double> sigma = new ArrayList<>();
		for (Model.Flow f : model.flows()) {
			flowIndex.put(f.id(), names.size());
			names.add(f.id());
			given.add(f.value());
			sigma.add(f.value() == null || f.sigma() == null ? 0.0 : f.sigma());
		}
		Map<String, Integer> stockIndex = new LinkedHashMap<>();
		for (Model.StockChange s : model.stocks()) {
			stockIndex.put(s.process(), names.size());
			names.add(s.process());
			given.add(s.value());
			sigma.add(s.value() == null || s.sigma() == null ? 0.0 : s.sigma());
		}
		int goodsVariables = names.size();
		// concentration variables: layer × flow
		List<int[]> concentrationOf = new ArrayList<>();
		List<String> badIds = new ArrayList<>();
		Set<String> layerIds = new HashSet<>();
		for (int l = 0; l < layers.size(); l++) {
			Layer layer = layers.get(l);
			if (layer.id() == null || !layerIds.add(layer.id())) {
				badIds.add(String.valueOf(layer.id()));
			}
			Map<String, Layer.Concentration> byFlow = new HashMap<>();
			for (Layer.Concentration c : layer.concentrations()) {
				if (!flowIndex.containsKey(c.flow()) || byFlow.put(c.flow(), c) != null) {
					badIds.add(layer.id() + "/" + c.flow());
				}
			}
			int[] vars = new int[model.flows().size()];
			for (Model.Flow f : model.flows()) {
				Layer.Concentration c = byFlow.get(f.id());
				vars[flowIndex.get(f.id())] = names.size();
				names.add(layer.id() + ":" + f.id());
				given.add(c == null ? null : c.value());
				sigma.add(c == null || c.value() == null || c.sigma() == null ? 0.0 : c.sigma());
			}
			concentrationOf.add(vars);
		}
		if (!badIds.isEmpty()) {
			throw new ModelException("mfa.unknownFlow", badIds);
		}
		Double[] givenArray = given.toArray(Double[]::new);
		double[] sigmaArray = sigma.stream().mapToDouble(Double::doubleValue).toArray();

		// the goods layer alone gives the starting point; unknown concentrations start at their layer's mean
		Result goods = Reconciler.reconcile(model);
		double[] x = new double[names.size()];
		for (int i = 0; i < goods.flows().size(); i++) {
			Double v = goods.flows().get(i).value();
			x[i] = v != null ? v : 0;
		}
		for (int i = 0; i < goods.stocks().size(); i++) {
			Double v = goods.stocks().get(i).value();
			x[goods.flows().size() + i] = v != null ? v : 0;
		}
		for (int[] vars : concentrationOf) {
			double sum = 0;
			int n = 0;
			for (int v : vars) {
				if (givenArray[v] != null) {
					sum += givenArray[v];
					n++;
				}
			}
			double mean = n == 0 ? 1 : sum / n;
			for (int v : vars) {
				x[v] = givenArray[v] != null ? givenArray[v] : mean;
			}
		}

		Reconciler.Solution solution = null;
		int iterations = 0;
		while (iterations < MAX_ITERATIONS) {
			iterations++;
			List<Map<Integer, Double>> rows = new ArrayList<>();
			List<Double> rhs = new ArrayList<>();
			List<String> rowNames = new ArrayList<>();
			LinearProblem.goodsRows(model, flowIndex, stockIndex, rows, rhs, rowNames);
			for (int l = 0; l < layers.size(); l++) {
				int[] c = concentrationOf.get(l);
				for (String process : model.processes()) {
					if (stockIndex.containsKey(process)) {
						continue;
					}
					// f = Σ ± G c; linearised: Σ ± (c_k G + G_k c) = Σ ± G_k c_k
					Map<Integer, Double> row = new LinkedHashMap<>();
					double value = 0;
					for (Model.Flow f : model.flows()) {
						double sign = (process.equals(f.to()) ? 1 : 0) - (process.equals(f.from()) ? 1 : 0);
						if (sign == 0) {
							continue;
						}
						int g = flowIndex.get(f.id());
						row.merge(g, sign * x[c[g]], Double::sum);
						row.merge(c[g], sign * x[g], Double::sum);
						value += sign * x[g] * x[c[g]];
					}
					if (!row.isEmpty()) {
						rows.add(row);
						rhs.add(value);
						rowNames.add(layers.get(l).id() + " @ " + process);
					}
				}
			}
			solution = Reconciler.solveLinear(names, givenArray, sigmaArray, rows, rhs, rowNames);
			double change = 0;
			double scale = 1;
			for (int v = 0; v < x.length; v++) {
				if (solution.value()[v] != null) {
					change = Math.max(change, Math.abs(solution.value()[v] - x[v]));
					scale = Math.max(scale, Math.abs(x[v]));
					x[v] = solution.value()[v];
				}
			}
			if (change <= CONVERGED * scale) {
				break;
			}
		}
		return result(model, layers, names, givenArray, solution, goodsVariables, concentrationOf, iterations, goods);
	}

	private static LayeredResult result(Model model, List<Layer> layers, List<String> names, Double[] given,
			Reconciler.Solution s, int goodsVariables, List<int[]> concentrationOf, int iterations, Result goodsAlone) {
		List<Result.Estimate> flows = new ArrayList<>();
		List<Result.Estimate> stocks = new ArrayList<>();
		for (int v = 0; v < goodsVariables; v++) {
			Result.Estimate e = estimate(names.get(v), given, s, v);
			(v < model.flows().size() ? flows : stocks).add(e);
		}
		Map<String, List<Result.Estimate>> concentrations = new LinkedHashMap<>();
		for (int l = 0; l < layers.size(); l++) {
			List<Result.Estimate> list = new ArrayList<>();
			int[] vars = concentrationOf.get(l);
			for (int f = 0; f < vars.length; f++) {
				list.add(estimate(model.flows().get(f).id(), given, s, vars[f]));
			}
			concentrations.put(layers.get(l).id(), list);
		}
		double p = ChiSquare.pValue(s.chiSquare(), s.dof());
		// the balance check of the given values is the goods layer's, computed for the starting point
		Result goods = new Result(flows, stocks, goodsAlone.balances(), s.chiSquare(), s.dof(), p, p >= 0.05, iterations,
				goodsAlone.unobservable());
		return new LayeredResult(goods, concentrations);
	}

	private static Result.Estimate estimate(String id, Double[] given, Reconciler.Solution s, int v) {
		Double value = s.value()[v];
		return new Result.Estimate(id, given[v], value, value == null ? null : Math.sqrt(s.variance()[v]),
				s.classes()[v], s.z()[v]);
	}
}
