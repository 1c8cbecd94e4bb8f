package org.parkloop.programme.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parkloop.programme.engine.GoalKind;
import org.parkloop.shared.Designation;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class GoalSetPageController {

	/** Blank goal rows a form offers for new goals. */
	static final int SPARE_ROWS = 3;

	private final GoalSetService goalSets;
	private final GoalViews views;
	private final Clock clock;

	GoalSetPageController(GoalSetService goalSets, GoalViews views, Clock clock) {
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
		return "goal-sets/detail";
	}

	@GetMapping("/goal-sets/new")
	String createForm(Model model) {
		return form(model, new GoalSetCommand(null, null, null, new ArrayList<>()), null);
	}

	@PostMapping("/goal-sets/new")
	String create(@ModelAttribute("goalSet") GoalSetCommand command, BindingResult binding, Model model) {
		GoalSetCommand c = command.withoutEmptyGoals();
		if (binding.hasErrors()) {
			return form(model, command, null);
		}
		try {
			return "redirect:/goal-sets/" + goalSets.create(c).id();
		}
		catch (InvalidInput e) {
			return rejected(model, c, null, binding, e);
		}
	}

	@GetMapping("/goal-sets/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return form(model, GoalSetCommand.of(goalSets.get(id)), id);
	}

	@PostMapping("/goal-sets/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("goalSet") GoalSetCommand command, BindingResult binding,
			Model model) {
		GoalSetCommand c = command.withoutEmptyGoals();
		if (binding.hasErrors()) {
			return form(model, command, id);
		}
		try {
			return "redirect:/goal-sets/" + goalSets.update(id, c).id();
		}
		catch (InvalidInput e) {
			return rejected(model, c, id, binding, e);
		}
	}

	private String rejected(Model model, GoalSetCommand c, Long id, BindingResult binding, InvalidInput e) {
		model.addAttribute("problems", e.problems());
		return form(model, c, id);
	}

	private String form(Model model, GoalSetCommand command, Long id) {
		List<GoalSetCommand.GoalCommand> rows = new ArrayList<>(command.goals() == null ? List.of() : command.goals());
		for (int i = 0; i < SPARE_ROWS; i++) {
			rows.add(new GoalSetCommand.GoalCommand(null, null, null, null, null, null, null, null, null, null, null));
		}
		model.addAttribute("goalSet", new GoalSetCommand(command.nameZh(), command.nameEn(), command.description(), rows));
		model.addAttribute("id", id);
		model.addAttribute("kinds", GoalKind.values());
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("statuses", TransformationStatus.values());
		model.addAttribute("designations", Designation.values());
		return "goal-sets/form";
	}
}
