package org.parkloop.materialflow.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.parkloop.materialflow.engine.Model;
import org.parkloop.materialflow.engine.Layer;
import org.parkloop.materialflow.engine.LayeredReconciler;
import org.parkloop.materialflow.engine.SparseReconciler;
import org.parkloop.materialflow.engine.Result;

/**
 * A material flow model as JSON (docs/mfa-model.md): what the API reconciles, what a park's model stores, and what
 * its import and export carry. {@code from}/{@code to} null is the system boundary; {@code value} null is unknown;
 * {@code sigma} may be replaced by {@code relativeSigma}. A stored model's document carries the model's
 * {@code version} (its optimistic lock, also the {@code ETag}); a replacement sends back the version it was made on.
 */
public record ModelDocument(@Size(max = MAX_ITEMS) List<@Valid ProcessJson> processes,
		@Size(max = MAX_ITEMS) List<@Valid FlowJson> flows, @Size(max = MAX_ITEMS) List<@Valid StockJson> stocks,
		@Size(max = 100) List<@Valid LayerJson> layers, @Size(max = MAX_ITEMS) List<@Valid RelationJson> relations,
		Boolean nonNegative, @JsonInclude(JsonInclude.Include.NON_NULL) @Min(0) @Max(Integer.MAX_VALUE) Long version) {

	public ModelDocument(List<ProcessJson> processes, List<FlowJson> flows, List<StockJson> stocks,
			List<LayerJson> layers, List<RelationJson> relations, Boolean nonNegative) {
		this(processes, flows, stocks, layers, relations, nonNegative, null);
	}

	public ModelDocument withVersion(Long v) {
		return new ModelDocument(processes, flows, stocks, layers, relations, nonNegative, v);
	}

	/** Far above a national model (a 100,000-process network has 342,446 flows). */
	static final int MAX_ITEMS = 2_000_000;

	public record ProcessJson(@Size(max = 100) String id, @Size(max = 200) String name) {
	}

	/**
	 * A flow. A park's stored model refuses a negative value (the direction is from → to); the engines take one (a
	 * noisy measurement of a flow near zero) and keep reconciled flows non-negative when asked.
	 */
	public record FlowJson(@Size(max = 100) String id, @Size(max = 100) String from, @Size(max = 100) String to,
			@DecimalMin("-1e15") @DecimalMax("1e15") Double value, @DecimalMin("0") @DecimalMax("1e15") Double sigma,
			@DecimalMin("0") @DecimalMax("1000") Double relativeSigma) {
	}

	public record StockJson(@Size(max = 100) String process, @DecimalMin("-1e15") @DecimalMax("1e15") Double change,
			@DecimalMin("0") @DecimalMax("1e15") Double sigma, @DecimalMin("0") @DecimalMax("1000") Double relativeSigma) {
	}

	public record TermJson(@Size(max = 100) String flow, @DecimalMin("-1e15") @DecimalMax("1e15") Double coefficient) {
	}

	public record RelationJson(@Size(max = 100_000) List<@Valid TermJson> terms,
			@DecimalMin("-1e15") @DecimalMax("1e15") Double constant) {
	}

	public record LayerJson(@Size(max = 100) String id, @Size(max = MAX_ITEMS) List<@Valid ConcentrationJson> concentrations) {
	}

	/** A flow's concentration on a layer; value null = unknown. */
	public record ConcentrationJson(@Size(max = 100) String flow, @DecimalMin("0") @DecimalMax("1e15") Double value,
			@DecimalMin("0") @DecimalMax("1e15") Double sigma, @DecimalMin("0") @DecimalMax("1000") Double relativeSigma) {
	}

	public static ModelDocument empty() {
		return new ModelDocument(List.of(), List.of(), List.of(), List.of(), List.of(), false);
	}

	public List<ProcessJson> processes() {
		return processes == null ? List.of() : processes;
	}

	public List<FlowJson> flows() {
		return flows == null ? List.of() : flows;
	}

	public List<StockJson> stocks() {
		return stocks == null ? List.of() : stocks;
	}

	public List<RelationJson> relations() {
		return relations == null ? List.of() : relations;
	}

	public List<LayerJson> layers() {
		return layers == null ? List.of() : layers;
	}

	public ModelDocument withProcesses(List<ProcessJson> p) {
		return new ModelDocument(p, flows, stocks, layers, relations, nonNegative, version);
	}

	public ModelDocument withFlows(List<FlowJson> f) {
		return new ModelDocument(processes, f, stocks, layers, relations, nonNegative, version);
	}

	/** The document's own structure: unique ids, flows between processes that exist, sensible numbers. */
	List<org.parkloop.shared.FieldProblem> problems() {
		List<org.parkloop.shared.FieldProblem> problems = new ArrayList<>(org.parkloop.platform.Inputs.problems(this));
		if (!problems.isEmpty()) {
			return problems;
		}
		java.util.Set<String> processes = new java.util.HashSet<>();
		for (ModelDocument.ProcessJson p : processes()) {
			if (p.id() == null || p.id().isBlank() || !processes.add(p.id())) {
				problems.add(new org.parkloop.shared.FieldProblem("processes", "mfa.duplicateId", p.id()));
			}
		}
		java.util.Set<String> flows = new java.util.HashSet<>();
		for (ModelDocument.FlowJson f : flows()) {
			if (f.id() == null || f.id().isBlank() || !flows.add(f.id())) {
				problems.add(new org.parkloop.shared.FieldProblem("flows", "mfa.duplicateId", f.id()));
			}
			if ((f.from() != null && !processes.contains(f.from())) || (f.to() != null && !processes.contains(f.to()))
					|| (f.from() == null && f.to() == null)) {
				problems.add(new org.parkloop.shared.FieldProblem("flows", "mfa.unknownProcess", f.id()));
			}
			if ((f.sigma() != null && f.sigma() < 0) || (f.relativeSigma() != null && f.relativeSigma() < 0)) {
				problems.add(new org.parkloop.shared.FieldProblem("flows", "mfa.badSigma", f.id()));
			}
			if (f.value() != null && f.value() < 0) {
				problems.add(new org.parkloop.shared.FieldProblem("flows", "mfa.negativeFlow", f.id()));
			}
		}
		return problems;
	}

	/** Reconciles the goods layer (sparse engine), or all layers together when there are substance layers. */
	public ResultJson reconcile() {
		Model model = toModel();
		if (layers().isEmpty()) {
			return ResultJson.of(SparseReconciler.reconcile(model), List.of());
		}
		List<Layer> list = layers().stream()
			.map(l -> new Layer(l.id(), (l.concentrations() == null ? List.<ConcentrationJson>of() : l.concentrations())
				.stream()
				.map(c -> new Layer.Concentration(c.flow(), c.value(), sigma(c.value(), c.sigma(), c.relativeSigma())))
				.toList()))
			.toList();
		LayeredReconciler.LayeredResult r = LayeredReconciler.reconcile(model, list);
		return ResultJson.of(r.goods(), r.concentrations().entrySet().stream()
			.map(e -> new LayerResultJson(e.getKey(), e.getValue().stream().map(EstimateJson::of).toList()))
			.toList());
	}

	/** The goods layer as the engines take it (substance layers aside). */
	public Model toModel() {
		List<Model.Flow> list = new ArrayList<>();
		for (FlowJson f : flows()) {
			list.add(new Model.Flow(f.id(), f.from(), f.to(), f.value(), sigma(f.value(), f.sigma(), f.relativeSigma())));
		}
		List<Model.StockChange> stockChanges = stocks().stream()
			.map(s -> new Model.StockChange(s.process(), s.change(), sigma(s.change(), s.sigma(), s.relativeSigma())))
			.toList();
		List<Model.Relation> rels = relations().stream()
			.map(r -> new Model.Relation((r.terms() == null ? List.<TermJson>of() : r.terms()).stream()
				.map(t -> new Model.Term(t.flow(), t.coefficient() == null ? 0 : t.coefficient()))
				.toList(), r.constant() == null ? 0 : r.constant()))
			.toList();
		return new Model(processes().stream().map(ProcessJson::id).toList(), list, stockChanges, rels,
				Boolean.TRUE.equals(nonNegative));
	}

	private static Double sigma(Double value, Double sigma, Double relative) {
		if (sigma != null || relative == null || value == null) {
			return sigma;
		}
		return Math.abs(value) * relative;
	}

	/** A reconciled model as the API answers it. */
	public record ResultJson(List<EstimateJson> flows, List<EstimateJson> stocks, List<LayerResultJson> layers,
			List<Result.Balance> balances, double chiSquare, int degreesOfFreedom, double pValue,
			boolean globalTestPassed, int iterations, List<String> unobservable) {

		public static ResultJson of(Result r, List<LayerResultJson> layers) {
			return new ResultJson(r.flows().stream().map(EstimateJson::of).toList(),
					r.stocks().stream().map(EstimateJson::of).toList(), layers, r.balances(), r.chiSquare(),
					r.degreesOfFreedom(), r.pValue(), r.globalTestPassed(), r.iterations(), r.unobservable());
		}
	}

	/** A layer's reconciled concentrations, per flow. */
	public record LayerResultJson(String id, List<EstimateJson> concentrations) {
	}

	public record EstimateJson(String id, Double given, Double value, Double sigma, String classification,
			Double residualZ) {

		static EstimateJson of(Result.Estimate e) {
			return new EstimateJson(e.id(), e.given(), e.value(), e.sigma(), e.classification().name(), e.residualZ());
		}
	}
}
