package org.parkloop.indicators.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.indicators.engine.AcceptanceCheck;
import org.parkloop.indicators.engine.Direction;
import org.parkloop.indicators.values.IndicatorValues;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.platform.When;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators in the browser: a park's values of a year with each indicator's trend against its target and the
 * 90 % line, the city's comparison of the parks on one indicator, and R17's test of a park and year with the
 * targets' form.
 */
@Controller
class IndicatorPages {

	private final IndicatorValues values;
	private final ParkTargets targets;
	private final ParkIndicators tests;
	private final IndicatorCatalogue catalogue;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;
	private final JsonMapper json;

	IndicatorPages(IndicatorValues values, ParkTargets targets, ParkIndicators tests, IndicatorCatalogue catalogue,
			ParkCatalog parks, CurrentCaller callers, Messages messages, When when, JsonMapper json) {
		this.values = values;
		this.targets = targets;
		this.tests = tests;
		this.catalogue = catalogue;
		this.parks = parks;
		this.callers = callers;
		this.messages = messages;
		this.when = when;
		this.json = json;
	}

	/** Where "indicators" leads: the city to the comparison, a park to its page, an enterprise to its data. */
	@GetMapping("/indicators")
	String home() {
		if (callers.get().has(Role.CITY)) {
			return "redirect:/indicators/compare";
		}
		Optional<String> park = callers.get().scopes(Role.PARK).stream().sorted().findFirst();
		return park.map(p -> "redirect:/parks/" + p + "/indicators").orElse("redirect:/indicators/submissions");
	}

	@GetMapping("/parks/{code}/indicators")
	String park(@PathVariable String code, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		ParkView park = values.checkOffice(code);
		int y = year == null ? when.today().getYear() - 1 : year;
		List<IndicatorValues.ParkIndicator> list = values.of(code, y);
		Map<String, ParkIndicators.Target> targeted = new LinkedHashMap<>();
		targets.of(code).ifPresent(t -> t.indicators().forEach(x -> targeted.put(x.code(), x)));
		List<Map<String, Object>> chart = new ArrayList<>();
		Map<String, Map<Integer, BigDecimal>> trends = values.trends(code);
		for (IndicatorValues.ParkIndicator i : list) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("code", i.code());
			c.put("name", name(i, locale));
			c.put("unit", i.unit());
			c.put("values", trends.getOrDefault(i.code(), Map.of()));
			ParkIndicators.Target t = targeted.get(i.code());
			c.put("target", t == null ? null : t.target());
			c.put("threshold", t == null ? null : threshold(i.direction(), t.target()));
			chart.add(c);
		}
		model.addAttribute("park", park);
		model.addAttribute("year", y);
		model.addAttribute("indicators", list);
		model.addAttribute("derived", tests.derived(code, y));
		model.addAttribute("targets", targeted);
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("indicators", chart)));
		return "indicators/park";
	}

	@GetMapping("/indicators/compare")
	String compare(@RequestParam(required = false) String code, @RequestParam(required = false) Integer year,
			Model model, Locale locale) {
		int y = year == null ? when.today().getYear() - 1 : year;
		List<IndicatorCatalogue.Definition> definitions = catalogue.definitions(y);
		String c = code != null && definitions.stream().anyMatch(d -> d.code().equals(code)) ? code
				: definitions.get(0).code();
		Map<String, BigDecimal> across = values.across(c, y);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ParkView p : parks.all()) {
			if (across.containsKey(p.code())) {
				rows.add(Map.of("code", p.code(), "name", p.name(locale), "value", across.get(p.code())));
			}
		}
		IndicatorCatalogue.Definition d = definitions.stream().filter(x -> x.code().equals(c)).findFirst().orElseThrow();
		model.addAttribute("definitions", definitions);
		model.addAttribute("definition", d);
		model.addAttribute("code", c);
		model.addAttribute("year", y);
		model.addAttribute("rows", rows);
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("name", "en".equals(locale.getLanguage())
				? d.nameEn() : d.nameZh(), "unit", d.unit(), "parks", rows)));
		return "indicators/compare";
	}

	@GetMapping("/parks/{code}/acceptance-test")
	String acceptance(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
		ParkView park = values.checkOffice(code);
		Optional<ParkIndicators.Targets> t = targets.of(code);
		int y = year != null ? year : t.map(ParkIndicators.Targets::targetYear).orElse(when.today().getYear() - 1);
		model.addAttribute("park", park);
		model.addAttribute("year", y);
		model.addAttribute("test", tests.acceptanceTest(code, y));
		model.addAttribute("targetSet", t.orElse(null));
		model.addAttribute("definitions", catalogue.definitions(y));
		model.addAttribute("mayEnter", t.map(x -> !"PLAN".equals(x.source())).orElse(true)
				&& (callers.get().has(Role.CITY) || callers.get().scopes(Role.PARK).contains(code)));
		model.addAttribute("threshold", AcceptanceCheck.THRESHOLD);
		return "indicators/acceptance";
	}

	@PostMapping("/parks/{code}/targets")
	String enterTargets(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		ParkView park = values.checkOffice(code);
		List<FieldProblem> problems = new ArrayList<>();
		List<ParkIndicators.Target> list = new ArrayList<>();
		for (IndicatorCatalogue.Definition d : catalogue.definitions(when.today().getYear())) {
			BigDecimal target = decimal(form, "target." + d.code(), problems);
			if (target != null) {
				list.add(new ParkIndicators.Target(d.code(), decimal(form, "baseline." + d.code(), problems), target));
			}
		}
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			Long version = form.get("version") == null || form.get("version").isBlank() ? null : Long.valueOf(form.get("version"));
			targets.enter(park, new ParkIndicators.Targets(integer(form.get("baseYear")), integer(form.get("targetYear")),
					list, null, null, version), version == null ? ExpectedVersion.MISSING : ExpectedVersion.body(version));
			redirect.addFlashAttribute("message", messages.get("targets.saved"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "targets", FormView.refused(form, e.problems(), messages));
		}
		catch (StaleVersion e) {
			FormView.flash(redirect, "targets", FormView.stale(form, e, messages, "/parks/" + code + "/acceptance-test"));
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			FormView.flash(redirect, "targets", FormView.refused(form, e, messages));
		}
		return "redirect:/parks/" + code + "/acceptance-test";
	}

	/** The value an indicator must reach to pass: 90 % of a target going up, the target ÷ 0.9 going down. */
	static BigDecimal threshold(Direction direction, BigDecimal target) {
		return direction == Direction.HIGHER_IS_BETTER ? target.multiply(AcceptanceCheck.THRESHOLD)
				: target.divide(AcceptanceCheck.THRESHOLD, MathContext.DECIMAL64);
	}

	private static String name(IndicatorValues.ParkIndicator i, Locale locale) {
		return "en".equals(locale.getLanguage()) ? i.nameEn() : i.nameZh();
	}

	private static BigDecimal decimal(Map<String, String> form, String key, List<FieldProblem> problems) {
		String v = form.get(key);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(v.strip());
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem(key.substring(0, key.indexOf('.')), "validation.number", v));
			return null;
		}
	}

	private static Integer integer(String v) {
		try {
			return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(List.of(new FieldProblem("baseYear", "validation.number", v)));
		}
	}
}
