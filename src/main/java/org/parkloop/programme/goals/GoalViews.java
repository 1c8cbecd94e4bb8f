package org.parkloop.programme.goals;

import java.time.LocalDate;
import java.util.Locale;

import org.parkloop.platform.ViewCache;
import org.parkloop.programme.engine.Goal;
import org.parkloop.registry.ParkCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Goal sets evaluated and described in the reader's language, for pages and the API. */
@Component
public class GoalViews {

	private final GoalSetService goalSets;
	private final ParkCatalog parks;
	private final GoalDescriptions descriptions;
	private final ViewCache<Key, Evaluation> evaluations;

	private record Key(long setId, LocalDate asOf, Locale locale) {
	}

	GoalViews(GoalSetService goalSets, ParkCatalog parks, GoalDescriptions descriptions, JdbcClient jdbc) {
		this.goalSets = goalSets;
		this.parks = parks;
		this.descriptions = descriptions;
		this.evaluations = new ViewCache<>(jdbc, 256, "registry", "transformation", "programme");
	}

	/** The public evaluation of a goal set, kept until the parks, their transitions or the goals change. */
	public Evaluation evaluation(long setId, LocalDate asOf, Locale locale) {
		return evaluations.get(new Key(setId, asOf, locale), () -> evaluation(goalSets.get(setId), asOf, locale));
	}

	public Evaluation evaluation(GoalSet set, LocalDate asOf, Locale locale) {
		return Evaluation.of(set, asOf, goalSets.evaluate(set, asOf), parks.all(), descriptions, locale);
	}

	public String describe(Goal goal, Locale locale) {
		return descriptions.describe(goal, locale);
	}

	GoalJson.SetJson json(GoalSet set, Locale locale) {
		return GoalJson.SetJson.of(set, descriptions, locale);
	}
}
