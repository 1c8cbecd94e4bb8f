package org.parkloop.programme.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.platform.ViewCache;
import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.ParkFact;
import org.parkloop.programme.goals.Evaluation;
import org.parkloop.programme.goals.GoalSet;
import org.parkloop.programme.goals.GoalSetService;
import org.parkloop.programme.goals.GoalViews;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.transformation.ParkStatuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public dashboard as of a date: computed once per goal set, date and language, and kept until the parks, their
 * transitions or the goals change (on any node; see {@link ViewCache}).
 */
@Component
class Dashboards {

	/** The Wenzhou plan runs from 2014 (R14); the timeline starts there. */
	static final YearMonth PROGRAMME_START = YearMonth.of(2014, 1);

	/** The modules whose data the dashboard shows. */
	static final String[] READS = { "registry", "transformation", "programme" };

	/** What the page shows; {@code set}, {@code evaluation} and {@code chartData} are null when no goal set exists. */
	record Dashboard(List<GoalSet> sets, LocalDate asOf, List<ParkView> parks, Map<String, String> parkNames,
			Map<String, ParkStanding> standings, GoalSet set, Evaluation evaluation, String chartData) {
	}

	private record Key(Long setId, LocalDate asOf, Locale locale) {
	}

	/** The timeline does not depend on the date asked for, only on the month it runs to. */
	private record TimelineKey(long setId, YearMonth end, Locale locale) {
	}

	private final GoalSetService goalSets;
	private final GoalViews views;
	private final ParkCatalog parks;
	private final ParkStatuses statuses;
	private final JsonMapper json;
	private final ViewCache<Key, Dashboard> cache;
	private final ViewCache<TimelineKey, Timeline> timelines;

	Dashboards(GoalSetService goalSets, GoalViews views, ParkCatalog parks, ParkStatuses statuses, JsonMapper json,
			JdbcClient jdbc) {
		this.goalSets = goalSets;
		this.views = views;
		this.parks = parks;
		this.statuses = statuses;
		this.json = json;
		this.cache = new ViewCache<>(jdbc, 256, READS);
		this.timelines = new ViewCache<>(jdbc, 16, READS);
	}

	Dashboard of(Long setId, LocalDate asOf, Locale locale) {
		return cache.get(new Key(setId, asOf, locale), () -> compute(setId, asOf, locale));
	}

	private Dashboard compute(Long setId, LocalDate date, Locale locale) {
		List<GoalSet> sets = goalSets.all();
		Map<String, ParkStanding> standings = statuses.standingsAsOf(date);
		List<ParkView> all = parks.all();
		List<ParkView> existing = all.stream().filter(p -> p.existsOn(date)).toList();
		Map<String, String> names = all.stream().collect(Collectors.toMap(ParkView::code, p -> p.name(locale)));
		if (sets.isEmpty()) {
			return new Dashboard(sets, date, existing, names, standings, null, null, null);
		}
		GoalSet set = setId == null ? sets.get(0) : goalSets.get(setId);
		Evaluation evaluation = views.evaluation(set.id(), date, locale);
		YearMonth end = YearMonth.from(set.goals().stream().map(Goal::deadline).max(Comparator.naturalOrder()).orElse(date));
		if (YearMonth.from(date).isAfter(end)) {
			end = YearMonth.from(date);
		}
		YearMonth to = end;
		Timeline timeline = timelines.get(new TimelineKey(set.id(), to, locale), () -> {
			Set<LocalDate> months = Timeline.monthEnds(PROGRAMME_START, to);
			Map<LocalDate, List<ParkFact>> facts = goalSets.factsOn(new HashSet<>(months));
			return Timeline.of(months, facts, set.goals(), g -> views.describe(g, locale));
		});
		String chartData = org.parkloop.platform.ScriptJson.of(json, Map.of("goals", evaluation.goals(), "timeline", timeline, "asOf",
				YearMonth.from(date).toString()));
		return new Dashboard(sets, date, existing, names, standings, set, evaluation, chartData);
	}

}
