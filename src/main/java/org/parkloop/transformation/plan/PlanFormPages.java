package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Forms;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Versions;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafting a plan in the browser (R14): the consultancy, route and years, the targets, the key projects with their
 * milestones (investment in 万元 on the page, 元 in the plan) and the text. The inputs are named as the API's fields
 * ({@code projects[0].milestones[1].plannedDate}), so every problem lands beside its input.
 */
@Controller
class PlanFormPages {

	static final int TARGET_ROWS = 6;
	static final int PROJECT_ROWS = 3;
	static final int MILESTONE_ROWS = 3;
	static final List<String> SECTIONS = List.of("tasks", "policies", "safeguards");
	static final List<String> EFFECTS = List.of("tonnesUtilised", "tceSaved", "waterSaved", "co2Avoided");

	private final Plans plans;
	private final PlanAccess access;
	private final ConsultancyRegistry consultancies;
	private final EnterpriseRegistry enterprises;
	private final ParkIndicators indicators;
	private final Messages messages;
	private final List<Integer> years;

	PlanFormPages(Plans plans, PlanAccess access, ConsultancyRegistry consultancies, EnterpriseRegistry enterprises,
			ParkIndicators indicators, Messages messages,
			@org.springframework.beans.factory.annotation.Value("${parkloop.programme.period-start:2014}") int periodStart,
			@org.springframework.beans.factory.annotation.Value("${parkloop.programme.period-end:2017}") int periodEnd) {
		this.years = java.util.stream.IntStream.rangeClosed(periodStart, periodEnd).boxed().toList();
		this.plans = plans;
		this.access = access;
		this.consultancies = consultancies;
		this.enterprises = enterprises;
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping("/parks/{code}/plans/new")
	String create(@PathVariable String code, Model model) {
		ParkView park = access.checkDraft(code);
		return form(park, null, model);
	}

	@PostMapping("/parks/{code}/plans/new")
	String create(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		access.checkDraft(code);
		return save(form, redirect, "/parks/" + code + "/plans/new", () -> plans.create(code, command(form)));
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Plan p = plans.get(id);
		ParkView park = access.checkDraft(p.parkCode());
		if (p.status() != Plan.Status.DRAFT) {
			// only a draft is changed; an approved or returned plan is revised as a new revision first
			redirect.addFlashAttribute("error", messages.get("plan.notDraft", p.status()));
			return "redirect:/plans/" + id;
		}
		return form(park, p, model);
	}

	@PostMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Plan p = plans.get(id);
		access.checkDraft(p.parkCode());
		return save(form, redirect, "/plans/" + id + "/edit",
				() -> plans.edit(id, command(form), Versions.ofForm(form)));
	}

	private String save(Map<String, String> form, RedirectAttributes redirect, String back,
			java.util.function.Supplier<Plan> action) {
		String next = FormView.save(redirect, "plan", form, messages, back, () -> {
			Plan saved = action.get();
			redirect.addFlashAttribute("message", messages.get("plan.saved"));
			return "redirect:/plans/" + saved.id();
		});
		return next != null ? next : "redirect:" + back;
	}

	private String form(ParkView park, Plan p, Model model) {
		model.addAttribute("park", park);
		model.addAttribute("parkName", park.name(LocaleContextHolder.getLocale()));
		model.addAttribute("plan", p);
		model.addAttribute("consultancies", consultancies.all());
		model.addAttribute("enterprises", enterprises.in(park.code()));
		model.addAttribute("codes", indicators.indicatorCodes().stream().sorted().toList());
		int projects = Math.max(PROJECT_ROWS, p == null ? 0 : p.projects().size() + 1);
		model.addAttribute("targetRows", Math.max(TARGET_ROWS, p == null ? 0 : p.targets().size() + 1));
		model.addAttribute("projectRows", projects);
		model.addAttribute("milestoneRows", MILESTONE_ROWS + (p == null ? 0 : p.projects().stream()
			.mapToInt(x -> x.milestones().size()).max().orElse(0)));
		model.addAttribute("sections", SECTIONS);
		model.addAttribute("kinds", Plan.Kind.values());
		model.addAttribute("years", years);
		model.addAttribute("effects", EFFECTS);
		if (!model.containsAttribute("formFor")) {
			model.addAttribute("form", FormView.of(values(p)));
			model.addAttribute("formFor", "plan");
		}
		return "cases/plan-form";
	}

	/** A stored plan as the form's inputs. */
	private static Map<String, Object> values(Plan p) {
		Map<String, Object> v = new LinkedHashMap<>();
		if (p == null) {
			v.put("route", "CITY");
			return v;
		}
		v.put("version", p.version());
		v.put("consultancyCreditCode", p.consultancyCreditCode());
		v.put("route", p.route());
		v.put("baseYear", p.baseYear());
		v.put("startYear", p.startYear());
		v.put("endYear", p.endYear());
		for (int i = 0; i < p.targets().size(); i++) {
			Plan.Target t = p.targets().get(i);
			v.put("targets[" + i + "].code", t.code());
			v.put("targets[" + i + "].baseline", t.baseline() == null ? null : t.baseline().toPlainString());
			v.put("targets[" + i + "].target", t.target().toPlainString());
		}
		for (int i = 0; i < p.projects().size(); i++) {
			Plan.Project x = p.projects().get(i);
			String at = "projects[" + i + "].";
			v.put(at + "id", x.id());
			v.put(at + "name", x.name());
			v.put(at + "category", x.category());
			v.put(at + "kind", x.kind());
			v.put(at + "ownerCreditCode", x.ownerCreditCode());
			v.put(at + "investment", wan(x.investment()));
			x.investmentByYear().forEach((year, yuan) -> v.put(at + "investmentByYear." + year, wan(yuan)));
			Plan.Effects e = x.effects() == null ? Plan.Effects.NONE : x.effects();
			BigDecimal[] effects = { e.tonnesUtilised(), e.tceSaved(), e.waterSaved(), e.co2Avoided() };
			for (int k = 0; k < EFFECTS.size(); k++) {
				v.put(at + "effects." + EFFECTS.get(k), effects[k] == null ? null : effects[k].toPlainString());
			}
			for (int m = 0; m < x.milestones().size(); m++) {
				v.put(at + "milestones[" + m + "].id", x.milestones().get(m).id());
				v.put(at + "milestones[" + m + "].name", x.milestones().get(m).name());
				v.put(at + "milestones[" + m + "].plannedDate", x.milestones().get(m).plannedDate());
			}
		}
		p.sections().forEach((k, s) -> v.put("sections." + k, s));
		return v;
	}

	/** The form as the API's command: empty rows left out, 万元 to 元. */
	static PlanCommand command(Map<String, String> f) {
		List<PlanCommand.TargetInput> targets = new ArrayList<>();
		for (int i = 0; f.containsKey("targets[" + i + "].code"); i++) {
			String at = "targets[" + i + "].";
			if (!blank(f.get(at + "code"))) {
				targets.add(new PlanCommand.TargetInput(f.get(at + "code"), Forms.decimal(f.get(at + "baseline")),
						Forms.decimal(f.get(at + "target"))));
			}
		}
		List<PlanCommand.ProjectInput> projects = new ArrayList<>();
		for (int i = 0; f.containsKey("projects[" + i + "].name"); i++) {
			String at = "projects[" + i + "].";
			if (blank(f.get(at + "name"))) {
				continue;
			}
			List<PlanCommand.MilestoneInput> milestones = new ArrayList<>();
			for (int m = 0; f.containsKey(at + "milestones[" + m + "].name"); m++) {
				String mt = at + "milestones[" + m + "].";
				if (!blank(f.get(mt + "name")) || !blank(f.get(mt + "plannedDate"))) {
					milestones.add(new PlanCommand.MilestoneInput(number(f.get(mt + "id")), f.get(mt + "name"),
							org.parkloop.platform.Forms.date(f.get(mt + "plannedDate"))));
				}
			}
			BigDecimal wan = Forms.decimal(f.get(at + "investment"));
			Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
			f.forEach((k, v) -> {
				if (k.startsWith(at + "investmentByYear.") && Forms.decimal(v) != null) {
					byYear.put(integer(k.substring((at + "investmentByYear.").length())), Forms.decimal(v).movePointRight(4));
				}
			});
			BigDecimal[] e = EFFECTS.stream().map(k -> Forms.decimal(f.get(at + "effects." + k))).toArray(BigDecimal[]::new);
			PlanCommand.EffectsInput effects = java.util.Arrays.stream(e).allMatch(java.util.Objects::isNull) ? null
					: new PlanCommand.EffectsInput(e[0], e[1], e[2], e[3]);
			projects.add(new PlanCommand.ProjectInput(number(f.get(at + "id")), f.get(at + "name"), f.get(at + "category"),
					f.get(at + "kind"), f.get(at + "ownerCreditCode"), wan == null ? null : wan.movePointRight(4), byYear,
					effects, milestones));
		}
		Map<String, String> sections = new LinkedHashMap<>();
		SECTIONS.forEach(s -> {
			if (!blank(f.get("sections." + s))) {
				sections.put(s, f.get("sections." + s));
			}
		});
		return new PlanCommand(f.get("consultancyCreditCode"), f.get("route"), integer(f.get("baseYear")),
				integer(f.get("startYear")), integer(f.get("endYear")), null, targets, projects, sections,
				org.parkloop.platform.Forms.date(f.get("date")), null);
	}

	/** 元 as 万元, for the page. */
	private static String wan(BigDecimal yuan) {
		return yuan.movePointLeft(4).stripTrailingZeros().toPlainString();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static Integer integer(String s) {
		try {
			return blank(s) ? null : Integer.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static Long number(String s) {
		try {
			return blank(s) ? null : Long.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return -1L;
		}
	}
}
