package org.parkloop.programme.goals;

import java.time.LocalDate;
import java.util.Locale;

import org.parkloop.programme.engine.Goal;
import org.parkloop.registry.ParkCatalog;
import org.springframework.stereotype.Component;

/** Goal sets evaluated and described in the reader's language, for pages and the API. */
@Component
public class GoalViews {

	private final GoalSetService goalSets;
	private final ParkCatalog parks;
	private final GoalDescriptions descriptions;

	GoalViews(GoalSetService goalSets, ParkCatalog parks, GoalDescriptions descriptions) {
		this.goalSets = goalSets;
		this.parks = parks;
		this.descriptions = descriptions;
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
