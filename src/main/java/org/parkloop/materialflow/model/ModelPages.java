package org.parkloop.materialflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.parkloop.materialflow.engine.ModelException;
import org.parkloop.materialflow.engine.Result;
import org.parkloop.materialflow.engine.SparseReconciler;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Building a park's model in the browser and seeing it reconciled as a Sankey diagram (files: {@link ModelFilePages}). */
@Controller
class ModelPages {

	/** Larger models are reconciled and tabulated, but not drawn. */
	static final int SANKEY_LIMIT = 3000;

	private final ParkModels models;
	private final ParkCatalog parks;
	private final EnterpriseRegistry enterprises;
	private final Messages messages;
	private final JsonMapper json;

	ModelPages(ParkModels models, ParkCatalog parks, EnterpriseRegistry enterprises, Messages messages, JsonMapper json) {
		this.models = models;
		this.parks = parks;
		this.enterprises = enterprises;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/models/{id}")
	String edit(@PathVariable long id, Model model) {
		ParkModels.Stored s = models.get(id);
		model.addAttribute("m", s.summary());
		model.addAttribute("doc", s.document());
		Map<String, Integer> flowsOf = new java.util.HashMap<>();
		for (ModelDocument.FlowJson f : s.document().flows()) {
			java.util.stream.Stream.of(f.from(), f.to()).filter(java.util.Objects::nonNull).distinct()
				.forEach(p -> flowsOf.merge(p, 1, Integer::sum));
		}
		model.addAttribute("flowsOf", flowsOf);
		Map<String, String> processNames = new java.util.HashMap<>();
		s.document().processes().forEach(p -> processNames.put(p.id(), p.name() == null ? p.id() : p.name()));
		model.addAttribute("processNames", processNames);
		model.addAttribute("park", parks.find(s.summary().parkCode()).orElseThrow());
		model.addAttribute("canChange", models.canChange(s.summary().parkCode()));
		return "models/edit";
	}

	@GetMapping("/models/{id}/result")
	String result(@PathVariable long id, Model model, Locale locale) {
		ParkModels.Stored s = models.get(id);
		model.addAttribute("m", s.summary());
		try {
			ModelDocument.ResultJson layered = s.document().layers().isEmpty() ? null : s.document().reconcile();
			Result r = layered == null ? SparseReconciler.reconcile(s.document().toModel()) : resultOf(layered);
			model.addAttribute("result", r);
			model.addAttribute("layers", layered == null ? List.of() : layered.layers());
			if (s.document().flows().size() <= SANKEY_LIMIT) {
				SankeyView view = SankeyView.of(s.document(), r, messages.get("mfa.input"), messages.get("mfa.output"))
					.withLayers(layered == null ? List.of() : layered.layers());
				model.addAttribute("sankey", view);
				model.addAttribute("sankeyJson", org.parkloop.platform.ScriptJson.of(json, view));
			}
		}
		catch (ModelException e) {
			model.addAttribute("modelError", messages.get(e.reason(), String.join(", ", e.ids())));
		}
		return "models/result :: result";
	}

	/** The goods layer's result of a model with substance layers (the page tabulates the goods layer). */
	private static Result resultOf(ModelDocument.ResultJson json) {
		return new Result(json.flows().stream().map(ModelPages::estimate).toList(),
				json.stocks().stream().map(ModelPages::estimate).toList(), json.balances(), json.chiSquare(),
				json.degreesOfFreedom(), json.pValue(), json.globalTestPassed(), json.iterations(), json.unobservable());
	}

	private static Result.Estimate estimate(ModelDocument.EstimateJson e) {
		return new Result.Estimate(e.id(), e.given(), e.value(), e.sigma(),
				org.parkloop.materialflow.engine.Classification.valueOf(e.classification()), e.residualZ());
	}

	@PostMapping("/models/{id}/processes")
	String addProcess(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		models.forChange(id);
		ModelDocument.ProcessJson added = new ModelDocument.ProcessJson(blank(form.get("processId")), blank(form.get("name")));
		return save(id, doc -> doc.withProcesses(append(doc.processes(), added)), redirect, "process", form);
	}

	/** One process for each of the park's enterprises not yet in the model. */
	@PostMapping("/models/{id}/processes/from-enterprises")
	String addEnterprises(@PathVariable long id, RedirectAttributes redirect) {
		List<EnterpriseRegistry.Listed> listed = enterprises.in(models.forChange(id).summary().parkCode());
		return save(id, doc -> {
			List<ModelDocument.ProcessJson> processes = new ArrayList<>(doc.processes());
			for (EnterpriseRegistry.Listed e : listed) {
				if (processes.stream().noneMatch(p -> p.id().equals(e.creditCode()))) {
					processes.add(new ModelDocument.ProcessJson(e.creditCode(), e.name()));
				}
			}
			return doc.withProcesses(processes);
		}, redirect);
	}

	@PostMapping("/models/{id}/flows/from-exchange")
	String addExchangeDeliveries(@PathVariable long id, RedirectAttributes redirect) {
		try {
			ParkModels.Pulled p = models.pullExchangeDeliveries(id);
			String message = messages.get("models.fromExchange", p.added(), p.summary().year());
			if (!p.completed().isEmpty()) {
				message += messages.get("models.fromExchangeCompleted", String.join("、", p.completed()));
			}
			redirect.addFlashAttribute("message", message);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/models/" + id;
	}

	@PostMapping("/models/{id}/processes/{processId}/delete")
	String deleteProcess(@PathVariable long id, @PathVariable String processId, RedirectAttributes redirect) {
		return save(id, doc -> doc.withProcesses(doc.processes().stream().filter(p -> !p.id().equals(processId)).toList())
			.withFlows(doc.flows().stream()
				.filter(f -> !processId.equals(f.from()) && !processId.equals(f.to()))
				.toList()), redirect);
	}

	@PostMapping("/models/{id}/flows")
	String addFlow(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		models.forChange(id);
		List<org.parkloop.shared.FieldProblem> unreadable = new ArrayList<>();
		org.parkloop.platform.Table.Row row = org.parkloop.platform.Table.Row.ofForm(form);
		ModelDocument.FlowJson added = new ModelDocument.FlowJson(blank(form.get("flowId")), blank(form.get("from")),
				blank(form.get("to")), row.number("value", unreadable), row.number("sigma", unreadable),
				row.number("relativeSigma", unreadable));
		if (!unreadable.isEmpty()) {
			FormView.flash(redirect, "flow", FormView.refused(form, unreadable, messages));
			return "redirect:/models/" + id;
		}
		return save(id, doc -> doc.withFlows(append(doc.flows(), added)), redirect, "flow", form);
	}

	@PostMapping("/models/{id}/flows/{flowId}/delete")
	String deleteFlow(@PathVariable long id, @PathVariable String flowId, RedirectAttributes redirect) {
		return save(id, doc -> doc.withFlows(doc.flows().stream().filter(f -> !f.id().equals(flowId)).toList()), redirect);
	}

	private String save(long id, UnaryOperator<ModelDocument> edit, RedirectAttributes redirect) {
		return save(id, edit, redirect, null, Map.of());
	}

	/**
	 * Makes the edit on the model as it stands (others may have changed it since the page was shown); a refusal comes
	 * back to the form it came from ({@code formFor}) with what was entered.
	 */
	private String save(long id, UnaryOperator<ModelDocument> edit, RedirectAttributes redirect, String formFor,
			Map<String, String> form) {
		try {
			models.change(id, edit);
			redirect.addFlashAttribute("message", messages.get("mfa.saved"));
		}
		catch (InvalidInput e) {
			if (formFor == null) {
				redirect.addFlashAttribute("error", messages.of(e));
			}
			else {
				FormView.flash(redirect, formFor, FormView.refused(form, e.problems(), messages));
			}
		}
		return "redirect:/models/" + id;
	}

	private static <T> List<T> append(List<T> list, T item) {
		List<T> longer = new ArrayList<>(list);
		longer.add(item);
		return longer;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
