package org.parkloop.programme.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A goal evaluated as of a date.
 *
 * @param measuredOn the date whose standings count: the evaluation date, or the deadline once it has passed
 * @param population how many parks the goal is about
 * @param actual how many of them reach the goal's condition
 * @param required how many must (a share of a count of parks rounds up to whole parks, R6)
 * @param maximum the plan's ambition (designation goals with an upper bound: 争创 1-2), shown beside the lower bound
 *     that meets the goal, never a cap; or null
 * @param shortfall how many more parks are needed
 * @param candidates the parks that could close the shortfall, most advanced first
 */
public record GoalResult(Goal goal, LocalDate measuredOn, int population, int actual, int required, Integer maximum,
		GoalState state, int shortfall, List<ParkFact> candidates) {
}
