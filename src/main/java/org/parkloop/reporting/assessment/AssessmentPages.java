package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.platform.When;
import org.parkloop.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * R18 in the browser: the year's assessments (CITY sets one up with the default scheme, runs, scores and publishes
 * it; everyone reads the published ones), and one assessment's ranking as a chart and a table with the commended and
 * criticised units.
 */
@Controller
class AssessmentPages {

	private final Assessments assessments;
	private final AssessmentExports exports;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;
	private final JsonMapper json;

	AssessmentPages(Assessments assessments, AssessmentExports exports, CurrentCaller callers, Messages messages,
			When when, JsonMapper json) {
		this.assessments = assessments;
		this.exports = exports;
		this.callers = callers;
		this.messages = messages;
		this.when = when;
		this.json = json;
	}

	@GetMapping("/assessments")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? when.today().getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("assessments", assessments.ofYear(null));
		model.addAttribute("city", callers.get().has(Role.CITY));
		return "assessments/list";
	}

	@PostMapping("/assessments")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		Assessment a = PageAction.run(redirect, messages, "assessment.created",
				() -> assessments.create(new SchemeCommands.Create(name, year, null)));
		return a == null ? "redirect:/assessments" : "redirect:/assessments/" + a.id();
	}

	@GetMapping("/assessments/{id}")
	String assessment(@PathVariable long id, Model model, Locale locale) {
		Assessment a = assessments.get(id);
		model.addAttribute("a", a);
		model.addAttribute("title", exports.title(a, locale));
		model.addAttribute("city", callers.get().has(Role.CITY));
		model.addAttribute("entered", a.criteria().stream().filter(c -> !c.computed()).toList());
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("units", a.results().stream()
			.map(r -> Map.of("kind", r.kind(), "name", r.name(), "total", r.total(), "grade", a.gradeName(r.grade(), locale)))
			.toList())));
		return "assessments/assessment";
	}

	@PostMapping("/assessments/{id}/run")
	String run(@PathVariable long id, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "assessment.ran", () -> assessments.run(id));
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/assessments/{id}/scores")
	String score(@PathVariable long id, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String criterion,
			@RequestParam(required = false) BigDecimal score, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "assessment.scored",
				() -> assessments.enter(id, unit, criterion, new SchemeCommands.Score(score, comment)));
		return "redirect:/assessments/" + id;
	}

	@PostMapping("/assessments/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "assessment.published", () -> assessments.publish(id));
		return "redirect:/assessments/" + id;
	}

	@GetMapping("/assessments/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return org.parkloop.reporting.print.Pdf.download("assessment-" + id + ".pdf", exports.pdf(assessments.get(id), locale));
	}

	@GetMapping("/assessments/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		return org.parkloop.platform.Workbooks.download("assessment-" + id + ".xlsx", exports.xlsx(assessments.get(id), locale));
	}
}
