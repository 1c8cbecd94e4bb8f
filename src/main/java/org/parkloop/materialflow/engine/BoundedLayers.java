package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.materialflow.engine.LayeredReconciler.LayeredResult;

/**
 * Layered reconciliation with goods flows and concentrations kept non-negative by the goods engines' active set
 * ({@link NonNegative}). The substance balances being bilinear, this finds a local optimum.
 */
final class BoundedLayers {

	/** Joins a layer's id and a flow's id into the key of a concentration. */
	private static final char KEY = '\0';

	private BoundedLayers() {
	}

	static LayeredResult reconcile(Model model, List<Layer> layers) {
		List<Double> given = new ArrayList<>();
		model.flows().forEach(f -> given.add(f.value()));
		layers.forEach(layer -> layer.concentrations().forEach(c -> given.add(c.value())));
		NonNegative.Outcome<String, LayeredResult> o = NonNegative.solve(held -> solveClamped(model, layers, held),
				BoundedLayers::values, NonNegative.scale(given));
		return withClamped(model, layers, o.solution(), o.held());
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
		NonNegative.HeldChiSquare chi = new NonNegative.HeldChiSquare(r.goods().chiSquare(),
				r.goods().degreesOfFreedom());
		Map<String, Model.Flow> flowsById = new HashMap<>();
		model.flows().forEach(f -> flowsById.put(f.id(), f));
		List<Result.Estimate> goods = r.goods().flows().stream().map(e -> {
			Model.Flow f = flowsById.get(e.id());
			return clamped.contains(e.id()) ? chi.estimate(e.id(), f.value(), f.sigma()) : e;
		}).toList();
		Map<String, List<Result.Estimate>> concentrations = new LinkedHashMap<>();
		for (Layer layer : layers) {
			Map<String, Layer.Concentration> byFlow = new HashMap<>();
			layer.concentrations().forEach(c -> byFlow.put(c.flow(), c));
			concentrations.put(layer.id(), r.concentrations().get(layer.id()).stream().map(e -> {
				Layer.Concentration c = byFlow.get(e.id());
				return clamped.contains(layer.id() + KEY + e.id())
						? chi.estimate(e.id(), c == null ? null : c.value(), c == null ? null : c.sigma()) : e;
			}).toList());
		}
		return new LayeredResult(chi.result(r.goods(), goods), concentrations);
	}
}
