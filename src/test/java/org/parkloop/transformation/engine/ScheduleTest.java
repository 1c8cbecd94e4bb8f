package org.parkloop.transformation.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void aProjectIsOnScheduleWhenEveryMilestoneDueByTheDateWasReachedByThen() {
		List<Schedule.Milestone> p = List.of(new Schedule.Milestone(d("2015-03-31"), d("2015-03-20")),
				new Schedule.Milestone(d("2015-12-31"), d("2016-02-10")), new Schedule.Milestone(d("2016-12-31"), null));
		assertThat(Schedule.onSchedule(p, d("2015-03-30"))).as("nothing due yet").isTrue();
		assertThat(Schedule.onSchedule(p, d("2015-06-30"))).isTrue();
		assertThat(Schedule.onSchedule(p, d("2015-12-31"))).as("due, not reached").isFalse();
		assertThat(Schedule.onSchedule(p, d("2016-01-31"))).as("still late").isFalse();
		assertThat(Schedule.onSchedule(p, d("2016-02-10"))).as("reached that day").isTrue();
		assertThat(Schedule.onSchedule(p, d("2017-01-01"))).as("the last one overdue").isFalse();
		// a milestone reached before it was planned counts from its planned date on
		assertThat(Schedule.onSchedule(List.of(new Schedule.Milestone(d("2016-06-30"), d("2016-01-01"))), d("2016-07-01")))
			.isTrue();
	}

	@Test
	void theParksProjectsAreOnScheduleWhenAllAre() {
		List<Schedule.Milestone> early = List.of(new Schedule.Milestone(d("2015-01-01"), d("2014-12-01")));
		List<Schedule.Milestone> late = List.of(new Schedule.Milestone(d("2015-01-01"), null));
		assertThat(Schedule.allOnSchedule(List.of(early, early), d("2015-06-30"))).isTrue();
		assertThat(Schedule.allOnSchedule(List.of(early, late), d("2015-06-30"))).isFalse();
		assertThat(Schedule.allOnSchedule(List.of(), d("2015-06-30"))).isTrue();
	}
}
