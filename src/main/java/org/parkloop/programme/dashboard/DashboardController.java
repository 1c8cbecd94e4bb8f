package org.parkloop.programme.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.ParkFact;
import org.parkloop.programme.goals.Evaluation;
import org.parkloop.programme.goals.GoalSet;
import org.parkloop.programme.goals.GoalSetService;
import org.parkloop.programme.goals.GoalViews;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import java.util.stream.Collectors;
import org.parkloop.transformation.ParkStatuses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The home page: is the programme meeting its goals, and where does each park stand? */
@Controller
class DashboardController {

	/** The Wenzhou plan runs from 2014 (R14); the timeline starts there. */
	static final YearMonth PROGRAMME_START = YearMonth.of(2014, 1);

	private final GoalSetService goalSets;
	private final GoalViews views;
	private final ParkCatalog parks;
	private final ParkStatuses statuses;
	private final JsonMapper json;
	private final Clock clock;

	DashboardController(GoalSetService goalSets, GoalViews views, ParkCatalog parks, ParkStatuses statuses,
			JsonMapper json, Clock clock) {
		this.goalSets = goalSets;
		this.views = views;
		this.parks = parks;
		this.statuses = statuses;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(name = "set", required = false) Long setId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
			Locale locale) {
		LocalDate today = LocalDate.now(clock);
		LocalDate date = asOf != null ? asOf : today;
		List<GoalSet> sets = goalSets.all();
		model.addAttribute("sets", sets);
		model.addAttribute("asOf", date);
		Map<String, ParkStanding> standings = statuses.standingsAsOf(date);
		List<ParkView> all = parks.all();
		model.addAttribute("parks", all.stream().filter(p -> p.existsOn(date)).toList());
		model.addAttribute("parkNames", all.stream().collect(Collectors.toMap(ParkView::code, p -> p.name(locale))));
		model.addAttribute("standings", standings);
		if (sets.isEmpty()) {
			return "index";
		}
		GoalSet set = setId == null ? sets.get(0) : goalSets.get(setId);
		Evaluation evaluation = views.evaluation(set, date, locale);
		YearMonth end = YearMonth.from(set.goals().stream().map(Goal::deadline).max(Comparator.naturalOrder()).orElse(date));
		if (YearMonth.from(date).isAfter(end)) {
			end = YearMonth.from(date);
		}
		Set<LocalDate> months = Timeline.monthEnds(PROGRAMME_START, end);
		Map<LocalDate, List<ParkFact>> facts = goalSets.factsOn(new HashSet<>(months));
		Timeline timeline = Timeline.of(months, facts, set.goals(), g -> views.describe(g, locale));
		model.addAttribute("set", set);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("chartData", safeJson(Map.of("goals", evaluation.goals(), "timeline", timeline, "asOf",
				YearMonth.from(date).toString())));
		return "index";
	}

	/** JSON to embed in a {@code <script type="application/json">}: no "<" can close the element early. */
	private String safeJson(Object value) {
		return json.writeValueAsString(value).replace("<", "\\u003c");
	}
}
