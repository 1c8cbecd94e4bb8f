package org.parkloop.programme.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parkloop.programme.engine.GoalResult;
import org.parkloop.programme.engine.GoalState;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;

/** A goal set evaluated as of a date, as the API and the pages show it. */
public record Evaluation(long goalSetId, String name, LocalDate asOf, List<GoalEvaluation> goals) {

	public record GoalEvaluation(long id, String description, LocalDate deadline, LocalDate measuredOn, int population,
			int actual, int required, Integer maximum, GoalState state, int shortfall, List<Candidate> candidates) {
	}

	/** @param followsPark the park whose standing a merged park follows (R2), or null */
	public record Candidate(String code, String name, TransformationStatus status, Designation designation,
			String followsPark) {
	}

	static Evaluation of(GoalSet set, LocalDate asOf, List<GoalResult> results, List<ParkView> parks,
			GoalDescriptions descriptions, Locale locale) {
		Map<String, ParkView> byCode = parks.stream().collect(Collectors.toMap(ParkView::code, Function.identity()));
		boolean en = "en".equals(locale.getLanguage());
		List<GoalEvaluation> goals = results.stream()
			.map(r -> new GoalEvaluation(r.goal().id(), descriptions.describe(r.goal(), locale), r.goal().deadline(),
					r.measuredOn(), r.population(), r.actual(), r.required(), r.maximum(), r.state(), r.shortfall(),
					r.candidates().stream()
						.map(p -> new Candidate(p.code(), byCode.get(p.code()).name(locale), p.status(), p.designation(),
								p.mergedInto()))
						.toList()))
			.toList();
		String name = en && set.nameEn() != null ? set.nameEn() : set.nameZh();
		return new Evaluation(set.id(), name, asOf, goals);
	}
}
