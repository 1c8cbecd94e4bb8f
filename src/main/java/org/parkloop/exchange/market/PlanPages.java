package org.parkloop.exchange.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** A park's or the city's optimal allocation in the browser, computed while the page shows that it runs. */
@Controller
class PlanPages {

	/** The page tables and draws the largest lines; the API gives them all. */
	static final int SHOWN = 500;

	private final Matching matching;
	private final JsonMapper json;
	private final PageSupport support;

	PlanPages(Matching matching, JsonMapper json, PageSupport support) {
		this.matching = matching;
		this.json = json;
		this.support = support;
	}

	/** The page, whose result is computed by {@link #planResult} while the page shows that it is running. */
	@GetMapping("/exchange/plan")
	String plan(@RequestParam(required = false) String park, Model model) {
		String scope = planScope(park);
		if (!matching.mayPlan(scope)) {
			throw new org.parkloop.shared.Forbidden(scope == null ? "access.cityOnly" : "access.park", scope);
		}
		model.addAttribute("park", scope);
		model.addAttribute("parks", matching.plannableParks());
		model.addAttribute("city", matching.mayPlan(null));
		return "exchange/plan";
	}

	@GetMapping("/exchange/plan/result")
	String planResult(@RequestParam(required = false) String park, Model model, Locale locale) {
		Matching.Plan plan = matching.plan(planScope(park));
		model.addAttribute("plan", plan);
		model.addAttribute("names", support.names(locale));
		List<Matching.Line> shown = plan.lines().subList(0, Math.min(SHOWN, plan.lines().size()));
		model.addAttribute("shown", shown);
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		List<Map<String, Object>> links = new ArrayList<>();
		for (Matching.Line line : shown) {
			for (Matching.End end : List.of(line.offer(), line.need())) {
				nodes.putIfAbsent(end.enterprise(), Map.of("id", end.enterprise(), "label", end.enterpriseName(),
						"lon", end.longitude(), "lat", end.latitude()));
			}
			links.add(Map.of("source", line.offer().enterprise(), "target", line.need().enterprise(),
					"from", line.offer().enterpriseName(), "to", line.need().enterpriseName(), "value", line.tonnes(),
					"label", support.label(line.materialCode(), locale)));
		}
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("nodes", List.copyOf(nodes.values()));
		graph.put("links", links);
		model.addAttribute("graphJson", org.parkloop.platform.ScriptJson.of(json, graph));
		return "exchange/plan-result :: result";
	}

	/** The park asked for; without one, the whole city for CITY, else the caller's first park. */
	String planScope(String park) {
		if (park != null && !park.isBlank()) {
			return park;
		}
		return matching.mayPlan(null) ? null
				: matching.plannableParks().stream().findFirst().map(p -> p.code()).orElse(null);
	}
}
