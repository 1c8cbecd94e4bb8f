package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.Forms;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A key project in the browser (R19): its milestones planned and reached, the reports on it, and the progress form
 * for its owner enterprise and the park's office (investment in 万元 on the page).
 */
@Controller
class ProjectPages {

	private final ProjectProgress progress;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final Messages messages;
	private final java.time.Clock clock;

	ProjectPages(ProjectProgress progress, EnterpriseRegistry enterprises, ParkCatalog parks, Messages messages,
			java.time.Clock clock) {
		this.clock = clock;
		this.progress = progress;
		this.enterprises = enterprises;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable long id, Model model) {
		ProjectProgress.ProjectPage page = progress.page(id);
		model.addAttribute("page", page);
		model.addAttribute("p", page.project());
		model.addAttribute("parkName", parks.find(page.plan().parkCode())
			.map(x -> x.name(LocaleContextHolder.getLocale())).orElse(page.plan().parkCode()));
		model.addAttribute("owner", page.project().ownerCreditCode() == null ? null
				: enterprises.profile(page.project().ownerCreditCode()).map(e -> e.name()).orElse(page.project().ownerCreditCode()));
		model.addAttribute("today", java.time.LocalDate.now(clock));
		return "cases/project";
	}

	@PostMapping("/projects/{id}/progress")
	String report(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<ProjectProgress.Reached> reached = new ArrayList<>();
		form.forEach((k, v) -> {
			if (k.startsWith("reached.") && v != null && !v.isBlank()) {
				reached.add(new ProjectProgress.Reached(Long.valueOf(k.substring("reached.".length())), null, Forms.date(v)));
			}
		});
		BigDecimal wan = Forms.decimal(form.get("investment"));
		PageAction.run(redirect, messages, "project.reported", () -> progress.report(id, new ProjectProgress.Report(
				Forms.date(form.get("date")), wan == null ? null : wan.movePointRight(4), reached,
				Forms.decimal(form.get("percentComplete")))));
		return "redirect:/projects/" + id;
	}
}
