package org.parkloop.materialflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Table;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The models of the caller's parks and of one park: create, rename, delete into the recycle bin, restore. */
@Controller
class ModelListPages {

	private final ParkModels models;
	private final ModelBin bin;
	private final ParkCatalog parks;
	private final Messages messages;

	ModelListPages(ParkModels models, ModelBin bin, ParkCatalog parks, Messages messages) {
		this.models = models;
		this.bin = bin;
		this.parks = parks;
		this.messages = messages;
	}

	/** Every model the caller's office may read, by park. */
	@GetMapping("/models")
	String all(Model model) {
		model.addAttribute("models", models.visible());
		return "models/all";
	}

	@GetMapping("/parks/{code}/models")
	String list(@PathVariable String code, Model model) {
		return list(code, model, FormView.empty());
	}

	private String list(String code, Model model, FormView form) {
		model.addAttribute("models", models.of(code));
		model.addAttribute("bin", bin.of(code));
		model.addAttribute("park", parks.find(code).orElseThrow());
		model.addAttribute("canChange", models.canChange(code));
		model.addAttribute("form", form);
		return "models/list";
	}

	@PostMapping("/parks/{code}/models")
	String create(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer year = Table.Row.ofForm(form).integer("year", problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			var created = models.create(code, new ParkModels.NewModel(form.get("name"), year, form.get("scenario"), null));
			return "redirect:/models/" + created.summary().id();
		}
		catch (InvalidInput e) {
			return list(code, model, FormView.refused(form, e.problems(), messages));
		}
	}

	@PostMapping("/models/{id}/rename")
	String rename(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			models.rename(id, new ParkModels.Rename(form.get("name"), form.get("scenario"), null),
					org.parkloop.platform.Versions.ofForm(form));
			redirect.addFlashAttribute("message", messages.get("models.renamed"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "rename", FormView.refused(form, e.problems(), messages));
		}
		catch (org.parkloop.shared.StaleVersion e) {
			FormView.flash(redirect, "rename", FormView.stale(form, e, messages, "/models/" + id));
		}
		return "redirect:/models/" + id;
	}

	@PostMapping("/models/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		String park = models.forChange(id).summary().parkCode();
		try {
			bin.delete(id, org.parkloop.shared.ExpectedVersion.ANY);
			redirect.addFlashAttribute("message", messages.get("models.deleted", ModelBin.DAYS));
			return "redirect:/parks/" + park + "/models";
		}
		catch (Refused e) {
			redirect.addFlashAttribute("error", messages.of(e));
			return "redirect:/models/" + id;
		}
	}

	@PostMapping("/models/{id}/restore")
	String restore(@PathVariable long id, @RequestParam(required = false) String park, RedirectAttributes redirect) {
		try {
			bin.restore(id);
			redirect.addFlashAttribute("message", messages.get("models.restored"));
			return "redirect:/models/" + id;
		}
		catch (Refused e) {
			redirect.addFlashAttribute("error", messages.of(e));
			return park == null ? "redirect:/models" : "redirect:/parks/" + park + "/models";
		}
	}
}
