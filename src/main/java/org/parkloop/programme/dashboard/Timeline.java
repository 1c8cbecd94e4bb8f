package org.parkloop.programme.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.GoalEngine;
import org.parkloop.programme.engine.GoalKind;
import org.parkloop.programme.engine.ParkFact;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/**
 * The number of parks carrying out circular transformation (status IMPLEMENTING or further) at the end of each
 * month, by level, and the goal lines it is measured against.
 */
record Timeline(List<String> months, List<Integer> national, List<Integer> provincial, List<Integer> all,
		List<GoalMark> goals) {

	/** A share goal's required number of parks at its deadline; {@code level} null for all levels. */
	record GoalMark(String month, ParkLevel level, int required, String label) {
	}

	static Set<LocalDate> monthEnds(YearMonth from, YearMonth to) {
		Set<LocalDate> dates = new LinkedHashSet<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			dates.add(m.atEndOfMonth());
		}
		return dates;
	}

	static Timeline of(Set<LocalDate> monthEnds, Map<LocalDate, List<ParkFact>> facts, List<Goal> goals,
			java.util.function.Function<Goal, String> describe) {
		List<String> months = new ArrayList<>();
		List<Integer> national = new ArrayList<>();
		List<Integer> provincial = new ArrayList<>();
		List<Integer> all = new ArrayList<>();
		for (LocalDate d : monthEnds) {
			List<ParkFact> parks = facts.get(d);
			months.add(YearMonth.from(d).toString());
			national.add(count(parks, ParkLevel.NATIONAL));
			provincial.add(count(parks, ParkLevel.PROVINCIAL));
			all.add(count(parks, null));
		}
		List<GoalMark> marks = new ArrayList<>();
		for (Goal g : goals) {
			if (g.kind() == GoalKind.SHARE_AT_LEAST && g.minStatus() == TransformationStatus.IMPLEMENTING) {
				LocalDate atDeadline = YearMonth.from(g.deadline()).atEndOfMonth();
				List<ParkFact> then = facts.getOrDefault(atDeadline, facts.get(monthEnds.iterator().next()));
				long population = then.stream().filter(p -> g.level() == null || p.level() == g.level()).count();
				marks.add(new GoalMark(YearMonth.from(g.deadline()).toString(), g.level(),
						GoalEngine.requiredShare((int) population, g.percent()), describe.apply(g)));
			}
		}
		return new Timeline(months, national, provincial, all, marks);
	}

	private static int count(List<ParkFact> parks, ParkLevel level) {
		return (int) parks.stream()
			.filter(p -> level == null || p.level() == level)
			.filter(p -> p.status().isAtLeast(TransformationStatus.IMPLEMENTING))
			.count();
	}
}
