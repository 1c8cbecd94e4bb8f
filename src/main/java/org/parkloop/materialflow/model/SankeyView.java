package org.parkloop.materialflow.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.materialflow.engine.Result;

/**
 * What the Sankey diagram draws: nodes (processes, the boundary's inputs and outputs), links with the reconciled
 * values and their uncertainty, and the processes whose given values do not balance (|z| > 1.96) highlighted.
 * ECharts draws no cycles in a Sankey diagram: a link that would close one (a recycle) is drawn into a copy of its
 * target, marked ↺, so every flow of a cyclic model is still drawn with its width. Zero and unknown flows are listed,
 * and negative ones (possible when the model does not ask for non-negativity) apart.
 */
record SankeyView(List<Node> nodes, List<Link> links, List<String> notDrawn, List<String> negative,
		List<LayerLinks> layers) {

	/** A substance layer's flows (goods flow × concentration) along the same links, drawn in the layer's colour. */
	record LayerLinks(String id, List<Link> links) {
	}

	record Node(String name, String label, boolean unbalanced) {
	}

	record Link(String source, String target, double value, Double sigma, String flow) {
	}

	static final String INPUT = "⟨in⟩";
	static final String OUTPUT = "⟨out⟩";

	static final String RECYCLE = "↺";

	static SankeyView of(ModelDocument doc, Result result, String inputLabel, String outputLabel) {
		Map<String, Result.Balance> balances = new HashMap<>();
		result.balances().forEach(b -> balances.put(b.process(), b));
		Map<String, Node> nodes = new LinkedHashMap<>();
		for (ModelDocument.ProcessJson p : doc.processes()) {
			Result.Balance b = balances.get(p.id());
			boolean unbalanced = b != null && b.z() != null && Math.abs(b.z()) > 1.96;
			nodes.put(p.id(), new Node(p.id(), p.name() == null ? p.id() : p.name(), unbalanced));
		}
		Map<String, Result.Estimate> estimates = new HashMap<>();
		result.flows().forEach(e -> estimates.put(e.id(), e));
		List<Link> links = new ArrayList<>();
		List<String> notDrawn = new ArrayList<>();
		List<String> negative = new ArrayList<>();
		Map<String, Set<String>> edges = new HashMap<>();
		for (ModelDocument.FlowJson f : doc.flows()) {
			Result.Estimate e = estimates.get(f.id());
			if (e != null && e.value() != null && e.value() < 0) {
				negative.add(f.id());
				continue;
			}
			if (e == null || e.value() == null || e.value() == 0) {
				notDrawn.add(f.id());
				continue;
			}
			// each flow across the boundary gets a node of its own: parallel links would be drawn as one
			String source = f.from() == null ? INPUT + f.id() : f.from();
			String target = f.to() == null ? OUTPUT + f.id() : f.to();
			if (f.from() == null) {
				nodes.put(source, new Node(source, inputLabel + " " + f.id(), false));
			}
			if (f.to() == null) {
				nodes.put(target, new Node(target, outputLabel + " " + f.id(), false));
			}
			if (reaches(edges, target, source)) {
				Node back = nodes.get(target);
				String copy = target + RECYCLE + f.id();
				nodes.put(copy, new Node(copy, RECYCLE + " " + back.label(), back.unbalanced()));
				target = copy;
			}
			edges.computeIfAbsent(source, k -> new java.util.HashSet<>()).add(target);
			links.add(new Link(source, target, e.value(), e.sigma(), f.id()));
		}
		return new SankeyView(List.copyOf(nodes.values()), links, notDrawn, negative, List.of());
	}

	/** The same diagram with each substance layer's flows along the drawn links. */
	SankeyView withLayers(List<ModelDocument.LayerResultJson> layerResults) {
		List<LayerLinks> out = new ArrayList<>();
		for (ModelDocument.LayerResultJson layer : layerResults) {
			Map<String, ModelDocument.EstimateJson> byFlow = new HashMap<>();
			layer.concentrations().forEach(c -> byFlow.put(c.id(), c));
			List<Link> substance = new ArrayList<>();
			for (Link l : links) {
				ModelDocument.EstimateJson c = byFlow.get(l.flow());
				if (c != null && c.value() != null && c.value() > 0) {
					substance.add(new Link(l.source(), l.target(), l.value() * c.value(), null, l.flow()));
				}
			}
			out.add(new LayerLinks(layer.id(), substance));
		}
		return new SankeyView(nodes, links, notDrawn, negative, out);
	}

	private static boolean reaches(Map<String, Set<String>> edges, String from, String to) {
		java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(from));
		Set<String> seen = new java.util.HashSet<>(queue);
		while (!queue.isEmpty()) {
			String v = queue.poll();
			if (v.equals(to)) {
				return true;
			}
			for (String w : edges.getOrDefault(v, Set.of())) {
				if (seen.add(w)) {
					queue.add(w);
				}
			}
		}
		return false;
	}
}
