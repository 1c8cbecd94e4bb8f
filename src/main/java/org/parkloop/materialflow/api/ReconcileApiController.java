package org.parkloop.materialflow.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.materialflow.engine.Model;
import org.parkloop.materialflow.engine.ModelException;
import org.parkloop.materialflow.engine.SparseReconciler;
import org.parkloop.materialflow.engine.Result;
import org.parkloop.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reconciliation without storage, for scripts and other tools. */
@RestController
@RequestMapping("/api/v1/mfa")
@Tag(name = "Material flow analysis 物质流分析", description = "Balance check and data reconciliation with uncertainty")
class ReconcileApiController {

	private final Messages messages;

	ReconcileApiController(Messages messages) {
		this.messages = messages;
	}

	record ProcessJson(String id, String name) {
	}

	record FlowJson(String id, String from, String to, Double value, Double sigma, Double relativeSigma) {
	}

	record StockJson(String process, Double change, Double sigma, Double relativeSigma) {
	}

	record TermJson(String flow, Double coefficient) {
	}

	record RelationJson(List<TermJson> terms, Double constant) {
	}

	record LayerJson(String id) {
	}

	record ModelJson(List<ProcessJson> processes, List<FlowJson> flows, List<StockJson> stocks,
			List<LayerJson> layers, List<RelationJson> relations, Boolean nonNegative) {
	}

	record EstimateJson(String id, Double given, Double value, Double sigma, String classification, Double residualZ) {
	}

	record ResultJson(List<EstimateJson> flows, List<EstimateJson> stocks, List<Result.Balance> balances,
			double chiSquare, int degreesOfFreedom, double pValue, boolean globalTestPassed, int iterations,
			List<String> unobservable) {
	}

	@PostMapping("/reconcile")
	@Operation(summary = "Reconcile a model's goods layer: adjusted and computed values with their standard deviations, "
			+ "classification, normalised residuals and the global χ² test")
	ResultJson reconcile(@RequestBody ModelJson json) {
		Result r = SparseReconciler.reconcile(toModel(json));
		return new ResultJson(r.flows().stream().map(ReconcileApiController::estimate).toList(),
				r.stocks().stream().map(ReconcileApiController::estimate).toList(), r.balances(), r.chiSquare(),
				r.degreesOfFreedom(), r.pValue(), r.globalTestPassed(), r.iterations(), r.unobservable());
	}

	private static EstimateJson estimate(Result.Estimate e) {
		return new EstimateJson(e.id(), e.given(), e.value(), e.sigma(), e.classification().name(), e.residualZ());
	}

	static Model toModel(ModelJson json) {
		List<LayerJson> layers = json.layers() == null ? List.of() : json.layers();
		if (!layers.isEmpty()) {
			throw new ModelException("mfa.layersUnsupported", layers.stream().map(LayerJson::id).toList());
		}
		List<Model.Flow> flows = new ArrayList<>();
		for (FlowJson f : nonNull(json.flows())) {
			flows.add(new Model.Flow(f.id(), f.from(), f.to(), f.value(), sigma(f.value(), f.sigma(), f.relativeSigma())));
		}
		List<Model.StockChange> stocks = nonNull(json.stocks()).stream()
			.map(s -> new Model.StockChange(s.process(), s.change(), sigma(s.change(), s.sigma(), s.relativeSigma())))
			.toList();
		List<Model.Relation> relations = nonNull(json.relations()).stream()
			.map(r -> new Model.Relation(nonNull(r.terms()).stream()
				.map(t -> new Model.Term(t.flow(), t.coefficient() == null ? 0 : t.coefficient())).toList(),
					r.constant() == null ? 0 : r.constant()))
			.toList();
		return new Model(nonNull(json.processes()).stream().map(ProcessJson::id).toList(), flows, stocks, relations,
				Boolean.TRUE.equals(json.nonNegative()));
	}

	private static Double sigma(Double value, Double sigma, Double relative) {
		if (sigma != null || relative == null || value == null) {
			return sigma;
		}
		return Math.abs(value) * relative;
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

	@ExceptionHandler(ModelException.class)
	ProblemDetail invalidModel(ModelException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get(e.reason(), String.join(", ", e.ids())));
		p.setTitle(messages.get("problem.invalidTitle"));
		p.setProperty("ids", e.ids());
		return p;
	}
}
