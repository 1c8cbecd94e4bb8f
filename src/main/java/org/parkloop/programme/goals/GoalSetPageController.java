package org.parkloop.programme.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.programme.engine.GoalKind;
import org.parkloop.shared.Designation;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Forms;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Table;
import org.parkloop.platform.Workbooks;
import org.parkloop.shared.InvalidInput;

@Controller
class GoalSetPageController {

	/** Blank goal rows a form offers for new goals. */
	static final int SPARE_ROWS = 3;

	private final GoalSetService goalSets;
	private final GoalViews views;
	private final Clock clock;

	private final Publications publications;

	private final Messages messages;

	GoalSetPageController(GoalSetService goalSets, GoalViews views, Clock clock, Publications publications, Messages messages) {
		this.messages = messages;
		this.publications = publications;
		this.goalSets = goalSets;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/goal-sets")
	String list(Model model, Locale locale) {
		model.addAttribute("sets", goalSets.all().stream().map(s -> views.json(s, locale)).toList());
		return "goal-sets/list";
	}

	@GetMapping("/goal-sets/{id}")
	String detail(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
			Locale locale) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
		GoalSet set = goalSets.get(id);
		model.addAttribute("set", set);
		model.addAttribute("asOf", date);
		model.addAttribute("evaluation", views.evaluation(set, date, locale));
		model.addAttribute("publications", publications.of(id));
		return "goal-sets/detail";
	}

	@GetMapping("/goal-sets/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
		Evaluation e = views.evaluation(goalSets.get(id), date, locale);
		return Workbooks.download("evaluation-" + id + "-" + date + ".xlsx",
				EvaluationWorkbook.write(e, messages.get("goal.sheet", date), messages, locale));
	}

	@PostMapping("/goal-sets/{id}/publications")
	String publish(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate asOf = Table.Row.ofForm(form).date("asOf", problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			Publications.Publication p = publications.publish(id, new Publications.Publish(asOf, form.get("comment")));
			redirect.addFlashAttribute("message", messages.get("publication.done", p.asOf()));
			return "redirect:/goal-sets/" + id + "/publications/" + p.id();
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
			return "redirect:/goal-sets/" + id + (asOf == null ? "" : "?asOf=" + asOf);
		}
	}

	@GetMapping("/goal-sets/{id}/publications/{publicationId}")
	String publication(@PathVariable long id, @PathVariable long publicationId, Model model, Locale locale) {
		GoalSet set = goalSets.get(id);
		Publications.Publication p = publications.get(id, publicationId, locale);
		model.addAttribute("set", set);
		model.addAttribute("publication", p);
		model.addAttribute("evaluation", p.evaluation());
		model.addAttribute("asOf", p.asOf());
		return "goal-sets/publication";
	}

	@GetMapping("/goal-sets/{id}/publications/{publicationId}/export")
	ResponseEntity<byte[]> exportPublication(@PathVariable long id, @PathVariable long publicationId, Locale locale) {
		Publications.Publication p = publications.get(id, publicationId, locale);
		return Workbooks.download("evaluation-" + id + "-published-" + p.asOf() + ".xlsx",
				EvaluationWorkbook.write(p.evaluation(), messages.get("goal.sheet", p.asOf()), messages, locale));
	}

	@GetMapping("/goal-sets/new")
	String createForm(Model model) {
		goalSets.checkCanEdit();
		return form(model, null, FormView.empty(), 0);
	}

	@PostMapping("/goal-sets/new")
	String create(@RequestParam Map<String, String> form, Model model) {
		goalSets.checkCanEdit();
		GoalSetForm.Read read = GoalSetForm.read(form);
		List<FieldProblem> problems = Forms.merge(read.problems(), read.command().problems());
		if (!problems.isEmpty()) {
			return form(model, null, FormView.refused(form, problems, messages), GoalSetForm.rows(form));
		}
		return "redirect:/goal-sets/" + goalSets.create(read.command()).id();
	}

	@GetMapping("/goal-sets/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		goalSets.checkCanEdit();
		GoalSet set = goalSets.get(id);
		return form(model, id, FormView.of(GoalSetForm.values(set)), set.goals().size());
	}

	@PostMapping("/goal-sets/{id}/edit")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		goalSets.checkCanEdit();
		goalSets.get(id);
		GoalSetForm.Read read = GoalSetForm.read(form);
		List<FieldProblem> problems = Forms.merge(read.problems(), read.command().problems());
		if (!problems.isEmpty()) {
			return form(model, id, FormView.refused(form, problems, messages), GoalSetForm.rows(form));
		}
		try {
			return "redirect:/goal-sets/"
					+ goalSets.update(id, read.command(), org.parkloop.platform.Versions.ofForm(form)).id();
		}
		catch (org.parkloop.shared.StaleVersion e) {
			return form(model, id, FormView.stale(form, e, messages, "/goal-sets/" + id), GoalSetForm.rows(form));
		}
	}

	/** The form with its values and problems, and as many goal rows as it had plus a few spare ones. */
	private String form(Model model, Long id, FormView form, int rows) {
		model.addAttribute("form", form);
		model.addAttribute("rows", rows + SPARE_ROWS);
		model.addAttribute("id", id);
		model.addAttribute("kinds", GoalKind.values());
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("statuses", TransformationStatus.values());
		model.addAttribute("designations", Designation.values());
		return "goal-sets/form";
	}
}
