package org.parkloop.transformation.acceptance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Role;
import org.parkloop.transformation.plan.Engagements;
import org.parkloop.transformation.plan.Plan;
import org.parkloop.transformation.plan.ProjectSchedules;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A park's case in the browser (R14-R17): status and designation, every dated step on a timeline, the consultancy
 * engaged, the plans, the key projects on a Gantt chart (planned against reached), R17's test, and the acceptance
 * applications with the forms to apply (the park) and to record each body's decision (CITY).
 */
@Controller
class CasePages {

	private final CaseView cases;
	private final AcceptanceApplications applications;
	private final AcceptanceDecisions decisions;
	private final Engagements engagements;
	private final org.parkloop.transformation.plan.PlanAttachments attachments;
	private final ConsultancyRegistry consultancies;
	private final ParkIndicators indicators;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Messages messages;
	private final JsonMapper json;
	private final Clock clock;

	CasePages(CaseView cases, AcceptanceApplications applications, AcceptanceDecisions decisions,
			Engagements engagements, org.parkloop.transformation.plan.PlanAttachments attachments,
			ConsultancyRegistry consultancies, ParkIndicators indicators, ParkCatalog parks,
			CurrentCaller callers, Messages messages, JsonMapper json, Clock clock) {
		this.cases = cases;
		this.applications = applications;
		this.decisions = decisions;
		this.engagements = engagements;
		this.attachments = attachments;
		this.consultancies = consultancies;
		this.indicators = indicators;
		this.parks = parks;
		this.callers = callers;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/parks/{code}/case")
	String parkCase(@PathVariable String code, Model model) {
		CaseView.Case c = cases.of(code);
		Plan inForce = c.planInForce();
		model.addAttribute("c", c);
		model.addAttribute("parkName", parks.find(c.parkCode()).map(p -> p.name(LocaleContextHolder.getLocale())).orElse(code));
		model.addAttribute("plans", c.plans());
		model.addAttribute("documents", c.plan() == null ? List.of() : attachments.of(c.plan().id()));
		model.addAttribute("engagement", engagements.of(c.parkCode()).orElse(null));
		model.addAttribute("consultancies", consultancies.all());
		model.addAttribute("today", LocalDate.now(clock));
		boolean city = callers.get().has(Role.CITY);
		boolean parkOffice = callers.get().scopes(Role.PARK).contains(c.parkCode());
		model.addAttribute("city", city);
		model.addAttribute("parkOffice", parkOffice);
		model.addAttribute("mayDraft", city || parkOffice || callers.get().scopes(Role.CONSULTANT).contains(c.parkCode()));
		model.addAttribute("open", c.applications().stream().filter(Application::open).findFirst().orElse(null));
		int year = inForce == null ? LocalDate.now(clock).getYear() - 1 : inForce.endYear();
		model.addAttribute("testYear", year);
		model.addAttribute("test", inForce == null ? null : test(c.parkCode(), year));
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, chart(c, inForce)));
		return "cases/case";
	}

	@PostMapping("/parks/{code}/case/consultancy")
	String engage(@PathVariable String code, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String date, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "case.engaged", () -> engagements.engage(code,
				new Engagements.Engage(creditCode, org.parkloop.platform.Forms.date(date))));
		return "redirect:/parks/" + code + "/case";
	}

	@PostMapping("/parks/{code}/case/applications")
	String apply(@PathVariable String code, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String date, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "case.applied", () -> applications.apply(code,
				new AcceptanceApplications.Apply(year, org.parkloop.platform.Forms.date(date))));
		return "redirect:/parks/" + code + "/case";
	}

	@PostMapping("/acceptance-applications/{id}/decide")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Application a = applications.get(id);
		List<AcceptanceDecisions.StepInput> steps = new ArrayList<>();
		for (Application.StepKind kind : Application.StepKind.values()) {
			String on = form.get("step." + kind);
			if (on != null && !on.isBlank()) {
				steps.add(new AcceptanceDecisions.StepInput(kind.name(), org.parkloop.platform.Forms.date(on), null));
			}
		}
		PageAction.run(redirect, messages, "case.decided", () -> decisions.decide(id, new AcceptanceDecisions.Decide(
				form.get("stage"), form.get("body"), form.get("outcome"), form.get("grade"), form.get("documentNumber"),
				org.parkloop.platform.Forms.date(form.get("date")), form.get("reasons"), steps, null)));
		return "redirect:/parks/" + a.parkCode() + "/case";
	}

	private ParkIndicators.AcceptanceTest test(String parkCode, int year) {
		try {
			return indicators.acceptanceTest(parkCode, year);
		}
		catch (Forbidden e) {
			return null;
		}
	}

	/** The timeline's steps and the Gantt chart's projects: planned span and milestones against those reached. */
	private Map<String, Object> chart(CaseView.Case c, Plan inForce) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("steps", c.timeline().stream().map(t -> Map.of("date", t.effectiveDate().toString(), "status",
				messages.get("enum.TransformationStatus." + t.status()), "level", t.status().ordinal(),
				"designation", messages.get("enum.Designation." + t.designation()))).toList());
		LocalDate start = inForce == null ? null
				: inForce.review().decidedOn() != null ? inForce.review().decidedOn() : LocalDate.of(inForce.startYear(), 1, 1);
		data.put("today", LocalDate.now(clock).toString());
		data.put("projects", c.projects().stream().map(p -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", p.name());
			row.put("start", start == null ? null : start.toString());
			row.put("onSchedule", p.onSchedule());
			row.put("milestones", p.milestones().stream().map(m -> {
				Map<String, Object> ms = new LinkedHashMap<>();
				ms.put("name", m.name());
				ms.put("planned", m.plannedDate().toString());
				ms.put("reached", m.reachedOn() == null ? null : m.reachedOn().toString());
				return ms;
			}).toList());
			return row;
		}).toList());
		return data;
	}
}
