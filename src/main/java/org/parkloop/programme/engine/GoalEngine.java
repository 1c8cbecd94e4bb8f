package org.parkloop.programme.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.parkloop.shared.TransformationStatus;

/**
 * Evaluates programme goals (R4-R6) against the parks' standings. Plain Java: no Spring, no SQL.
 *
 * <p>Rules, as decided in {@code docs/decisions.md}:
 * <ul>
 * <li>A goal is measured on its deadline once the deadline has come (a park that got there a day late did not meet
 * a goal "by end 2015"), else on the evaluation date. On the deadline day itself the result is final.</li>
 * <li>A required share of a count of parks rounds up to whole parks: 30 % of 9 parks needs 3 (R6).</li>
 * <li>Merged parks (R2) count in share and batch goals with the standing of the park they were merged into (the nine
 * provincial parks of R6 include the merged Binhai park), but not again in designation counts: the ETDZ "including
 * Binhai" is one demonstration park.</li>
 * <li>Before the deadline a goal not yet met is ON_TRACK when enough parks are already on the way to close the
 * shortfall (for a status goal: parks past NOT_STARTED; for a designation goal: parks whose plan is approved),
 * AT_RISK otherwise.</li>
 * </ul>
 */
public final class GoalEngine {

	private static final Comparator<ParkFact> MOST_ADVANCED = Comparator.comparing(ParkFact::status)
		.thenComparing(ParkFact::designation)
		.reversed()
		.thenComparingInt(ParkFact::seq);

	private GoalEngine() {
	}

	/**
	 * @param parksOn the parks' facts on a given date
	 */
	public static GoalResult evaluate(Goal goal, LocalDate asOf, Function<LocalDate, List<ParkFact>> parksOn) {
		boolean deadlineCome = !asOf.isBefore(goal.deadline());
		LocalDate measuredOn = deadlineCome ? goal.deadline() : asOf;
		List<ParkFact> parks = parksOn.apply(measuredOn);
		return switch (goal.kind()) {
			case SHARE_AT_LEAST -> statusGoal(goal, measuredOn, deadlineCome,
					parks.stream().filter(p -> goal.level() == null || p.level() == goal.level()).toList(),
					n -> requiredShare(n, goal.percent()));
			case BATCH_AT_LEAST -> statusGoal(goal, measuredOn, deadlineCome,
					parks.stream().filter(p -> goal.batch().equals(p.batch())).toList(), n -> n);
			case DESIGNATION_COUNT -> designationGoal(goal, measuredOn, deadlineCome, parks);
		};
	}

	/** ceil(n × percent / 100), exactly. */
	public static int requiredShare(int parks, BigDecimal percent) {
		return BigDecimal.valueOf(parks).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
			.intValueExact();
	}

	private static GoalResult statusGoal(Goal goal, LocalDate measuredOn, boolean deadlineCome, List<ParkFact> population,
			Function<Integer, Integer> requiredOf) {
		Predicate<ParkFact> reached = p -> p.status().isAtLeast(goal.minStatus());
		int actual = (int) population.stream().filter(reached).count();
		int required = requiredOf.apply(population.size());
		int shortfall = Math.max(0, required - actual);
		List<ParkFact> candidates = population.stream().filter(reached.negate()).sorted(MOST_ADVANCED).toList();
		long moving = candidates.stream().filter(p -> p.status() != TransformationStatus.NOT_STARTED).count();
		GoalState state = state(actual >= required, deadlineCome, moving >= shortfall);
		return new GoalResult(goal, measuredOn, population.size(), actual, required, null, state, shortfall, candidates);
	}

	private static GoalResult designationGoal(Goal goal, LocalDate measuredOn, boolean deadlineCome, List<ParkFact> parks) {
		List<ParkFact> population = parks.stream().filter(p -> !p.merged()).toList();
		int actual = (int) population.stream().filter(p -> p.designation().isAtLeast(goal.designation())).count();
		int min = goal.minCount();
		Integer max = goal.maxCount();
		int shortfall = Math.max(0, min - actual);
		List<ParkFact> candidates = population.stream()
			.filter(p -> !p.designation().isAtLeast(goal.designation()))
			.filter(p -> p.status().isAtLeast(TransformationStatus.IMPLEMENTING))
			.sorted(MOST_ADVANCED)
			.toList();
		// 争创 (strive for) min–max: the goal is met at the lower bound; the upper bound is the plan's ambition, shown,
		// never a failure (a third provincial demonstration park does not undo a goal of 1-2)
		GoalState state = state(actual >= min, deadlineCome, candidates.size() >= shortfall);
		return new GoalResult(goal, measuredOn, population.size(), actual, min, max, state, shortfall, candidates);
	}

	private static GoalState state(boolean met, boolean deadlineCome, boolean closable) {
		if (deadlineCome) {
			return met ? GoalState.MET : GoalState.NOT_MET;
		}
		return met || closable ? GoalState.ON_TRACK : GoalState.AT_RISK;
	}
}
