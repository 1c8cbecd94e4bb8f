package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.materialflow.engine.LayeredReconciler.LayeredResult;

/**
 * Layered reconciliation with goods flows and concentrations kept non-negative, by the active-set method of the goods
 * engines: fix negatives at zero; when none is negative, release the fixed one that would come out most positive on
 * its own; stop when none would. The substance balances being bilinear, this finds a local optimum.
 */
final class BoundedLayers {

	/** Joins a layer's id and a flow's id into the key of a concentration. */
	private static final char KEY = '\0';

	private BoundedLayers() {
	}

	static LayeredResult reconcile(Model model, List<Layer> layers) {
		Set<String> clamped = new LinkedHashSet<>();
		for (int iteration = 1;; iteration++) {
			LayeredResult r = solveClamped(model, layers, clamped);
			List<String> negative = new ArrayList<>();
			values(r).forEach((key, value) -> {
				if (value != null && value < -1e-9 * (1 + Math.abs(value)) && !clamped.contains(key)) {
					negative.add(key);
				}
			});
			if (iteration >= LayeredReconciler.MAX_ITERATIONS) {
				return withClamped(model, layers, r, clamped);
			}
			if (!negative.isEmpty()) {
				clamped.addAll(negative);
				continue;
			}
			String release = null;
			double most = 0;
			for (String key : clamped) {
				Set<String> others = new LinkedHashSet<>(clamped);
				others.remove(key);
				Double free = values(solveClamped(model, layers, others)).get(key);
				if (free != null && free > 1e-9 * (1 + Math.abs(free)) && free > most) {
					most = free;
					release = key;
				}
			}
			if (release == null) {
				return withClamped(model, layers, r, clamped);
			}
			clamped.remove(release);
		}
	}

	/** Every goods flow ("F1") and concentration (layer KEY flow) of a result with its value. */
	private static Map<String, Double> values(LayeredResult r) {
		Map<String, Double> out = new LinkedHashMap<>();
		r.goods().flows().forEach(e -> out.put(e.id(), e.value()));
		r.concentrations().forEach((layer, list) -> list.forEach(e -> out.put(layer + KEY + e.id(), e.value())));
		return out;
	}

	/** The model with these goods flows and concentrations held exactly at zero. */
	private static LayeredResult solveClamped(Model model, List<Layer> layers, Set<String> clamped) {
		List<Model.Flow> flows = model.flows().stream()
			.map(f -> clamped.contains(f.id()) ? new Model.Flow(f.id(), f.from(), f.to(), 0.0, 0.0) : f)
			.toList();
		List<Layer> held = new ArrayList<>();
		for (Layer layer : layers) {
			Map<String, Layer.Concentration> byFlow = new LinkedHashMap<>();
			layer.concentrations().forEach(c -> byFlow.put(c.flow(), c));
			for (Model.Flow f : model.flows()) {
				if (clamped.contains(layer.id() + KEY + f.id())) {
					byFlow.put(f.id(), new Layer.Concentration(f.id(), 0.0, 0.0));
				}
			}
			held.add(new Layer(layer.id(), List.copyOf(byFlow.values())));
		}
		return LayeredReconciler.solve(new Model(model.processes(), flows, model.stocks(), model.relations(), false), held);
	}

	/** The held values as the caller gave them, at zero; a held measurement's whole adjustment counts in χ². */
	private static LayeredResult withClamped(Model model, List<Layer> layers, LayeredResult r, Set<String> clamped) {
		double[] chi2 = { r.goods().chiSquare() };
		int[] dof = { r.goods().degreesOfFreedom() };
		Map<String, Model.Flow> flowsById = new HashMap<>();
		model.flows().forEach(f -> flowsById.put(f.id(), f));
		List<Result.Estimate> goods = r.goods().flows().stream().map(e -> {
			Model.Flow f = flowsById.get(e.id());
			return clamped.contains(e.id()) ? held(e.id(), f.value(), f.sigma(), chi2, dof) : e;
		}).toList();
		Map<String, List<Result.Estimate>> concentrations = new LinkedHashMap<>();
		for (Layer layer : layers) {
			Map<String, Layer.Concentration> byFlow = new HashMap<>();
			layer.concentrations().forEach(c -> byFlow.put(c.flow(), c));
			concentrations.put(layer.id(), r.concentrations().get(layer.id()).stream().map(e -> {
				Layer.Concentration c = byFlow.get(e.id());
				return clamped.contains(layer.id() + KEY + e.id())
						? held(e.id(), c == null ? null : c.value(), c == null ? null : c.sigma(), chi2, dof) : e;
			}).toList());
		}
		double p = ChiSquare.pValue(chi2[0], dof[0]);
		Result g = r.goods();
		return new LayeredResult(new Result(goods, g.stocks(), g.balances(), chi2[0], dof[0], p, p >= 0.05,
				g.iterations(), g.unobservable()), concentrations);
	}

	private static Result.Estimate held(String id, Double given, Double sigma, double[] chi2, int[] dof) {
		boolean measured = given != null && sigma != null && sigma > 0;
		if (measured) {
			chi2[0] += given * given / (sigma * sigma);
			dof[0]++;
		}
		return new Result.Estimate(id, given, 0.0, 0.0,
				measured ? Classification.REDUNDANT : given == null ? Classification.OBSERVABLE : Classification.EXACT, null);
	}

}
