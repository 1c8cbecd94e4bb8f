package org.parkloop.programme.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkloop.shared.Designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkloop.programme.engine.WenzhouGoals.*;
import static org.parkloop.shared.TransformationStatus.ACCEPTED;
import static org.parkloop.shared.TransformationStatus.IMPLEMENTING;
import static org.parkloop.shared.TransformationStatus.PLAN_COMPILING;
import static org.parkloop.shared.TransformationStatus.PLAN_UNDER_REVIEW;

/** The goal engine on the shipped Wenzhou goal set (R4-R6). */
class GoalEngineTest {

	private static GoalResult evaluate(Goal goal, String asOf, History history) {
		return GoalEngine.evaluate(goal, LocalDate.parse(asOf), history::on);
	}

	@ParameterizedTest(name = "{1} % of {0} parks needs {2}")
	@CsvSource({ "9, 30, 3", "2, 50, 1", "11, 70, 8", "10, 30, 3", "3, 50, 2", "10, 70, 7", "0, 50, 0", "7, 100, 7",
			"9, 33.34, 4", "9, 33.33, 3" })
	void aShareOfACountOfParksRoundsUpToWholeParks(int parks, BigDecimal percent, int required) {
		assertThat(GoalEngine.requiredShare(parks, percent)).isEqualTo(required);
	}

	@Test
	void beforeAnythingStartedEveryGoalIsAtRisk() {
		History none = new History();
		for (Goal g : ALL) {
			GoalResult r = evaluate(g, "2014-03-01", none);
			assertThat(r.state()).as(g.toString()).isEqualTo(GoalState.AT_RISK);
			assertThat(r.actual()).isZero();
		}
		GoalResult provincial = evaluate(PROVINCIAL_30, "2014-03-01", none);
		assertThat(provincial.population()).isEqualTo(9);
		assertThat(provincial.required()).isEqualTo(3);
		assertThat(provincial.shortfall()).isEqualTo(3);
		assertThat(provincial.candidates()).hasSize(9);
		assertThat(evaluate(ALL_70, "2014-03-01", none).required()).isEqualTo(8);
		assertThat(evaluate(BATCH_2015, "2014-03-01", none).required()).isEqualTo(5);
		assertThat(evaluate(BATCH_2017, "2014-03-01", none).required()).isEqualTo(5);
	}

	@Test
	void theMergedBinhaiParkFollowsTheEtdzAndCountsAmongTheNineProvincialParks() {
		History h = new History().set("wz-etdz", "2014-12-20", IMPLEMENTING)
			.set("zj-ouhai-eda", "2015-05-01", IMPLEMENTING);
		GoalResult provincial = evaluate(PROVINCIAL_30, "2015-12-31", h);
		// Binhai (merged into the ETDZ) and Ouhai: 2 of the 3 needed
		assertThat(provincial.actual()).isEqualTo(2);
		assertThat(provincial.required()).isEqualTo(3);
		assertThat(provincial.state()).isEqualTo(GoalState.NOT_MET);
		assertThat(provincial.shortfall()).isEqualTo(1);
		assertThat(provincial.candidates()).extracting(ParkFact::code).doesNotContain("zj-wz-binhai", "zj-ouhai-eda");

		GoalResult national = evaluate(NATIONAL_50, "2015-12-31", h);
		assertThat(national.actual()).isEqualTo(1);
		assertThat(national.state()).isEqualTo(GoalState.MET);

		GoalResult batch = evaluate(BATCH_2015, "2015-12-31", h);
		assertThat(batch.actual()).isEqualTo(3); // ETDZ, Binhai, Ouhai of the five
		assertThat(batch.candidates()).extracting(ParkFact::code).containsExactlyInAnyOrder("zj-yueqing-eda", "zj-ruian-eda");
	}

	@Test
	void aMergedParkIsNotCountedAgainAsADemonstrationPark() {
		History h = new History().set("wz-etdz", "2014-12-20", IMPLEMENTING)
			.set("wz-etdz", "2015-10-28", IMPLEMENTING, Designation.PROVINCIAL_DEMO);
		GoalResult demo = evaluate(PROVINCIAL_DEMO_2015, "2015-12-31", h);
		assertThat(demo.actual()).isEqualTo(1);
		assertThat(demo.population()).isEqualTo(10);
		assertThat(demo.state()).isEqualTo(GoalState.MET);
	}

	@Test
	void onTheDeadlineDayItselfTheResultIsFinalAndThatDaysTransitionsCount() {
		History h = new History().set("wz-etdz", "2014-12-20", IMPLEMENTING)
			.set("zj-ouhai-eda", "2015-06-01", IMPLEMENTING)
			.set("zj-ruian-eda", "2015-12-31", IMPLEMENTING);
		GoalResult onDeadline = evaluate(PROVINCIAL_30, "2015-12-31", h);
		assertThat(onDeadline.actual()).isEqualTo(3);
		assertThat(onDeadline.state()).isEqualTo(GoalState.MET);

		GoalResult dayBefore = evaluate(PROVINCIAL_30, "2015-12-30", h);
		assertThat(dayBefore.actual()).isEqualTo(2);
		assertThat(dayBefore.state()).isEqualTo(GoalState.AT_RISK); // no park is on its way yet
	}

	@Test
	void aParkThatArrivesAfterTheDeadlineDoesNotMeetIt() {
		History h = new History().set("wz-etdz", "2014-12-20", IMPLEMENTING)
			.set("zj-ouhai-eda", "2015-06-01", IMPLEMENTING)
			.set("zj-ruian-eda", "2016-01-01", IMPLEMENTING);
		GoalResult later = evaluate(PROVINCIAL_30, "2016-06-30", h);
		assertThat(later.measuredOn()).isEqualTo(END_2015);
		assertThat(later.actual()).isEqualTo(2);
		assertThat(later.state()).isEqualTo(GoalState.NOT_MET);
	}

	@Test
	void aheadOfTheDeadlineAGoalIsOnTrackWhenParksOnTheWayCanCloseTheGap() {
		History h = new History().set("wz-etdz", "2014-12-20", IMPLEMENTING)
			.set("zj-ruian-eda", "2015-03-01", PLAN_COMPILING);
		// provincial: Binhai counts (1 of 3); Rui'an is compiling: 1 on the way for a shortfall of 2
		GoalResult r = evaluate(PROVINCIAL_30, "2015-06-30", h);
		assertThat(r.shortfall()).isEqualTo(2);
		assertThat(r.state()).isEqualTo(GoalState.AT_RISK);
		h.set("zj-yueqing-eda", "2015-04-01", PLAN_UNDER_REVIEW);
		GoalResult r2 = evaluate(PROVINCIAL_30, "2015-06-30", h);
		assertThat(r2.state()).isEqualTo(GoalState.ON_TRACK);
		assertThat(r2.candidates()).extracting(ParkFact::code).startsWith("zj-yueqing-eda", "zj-ruian-eda");
	}

	@Test
	void aDesignationGoalIsMetAtItsLowerBoundAndItsUpperBoundIsNeverAFailure() {
		// 争创 (strive for): "1 national demonstration park" and "2-3 provincial ones" are ambitions, not caps
		History h = new History().set("wz-etdz", "2014-12-20", IMPLEMENTING, Designation.NATIONAL_DEMO)
			.set("wz-hitech", "2015-12-20", ACCEPTED, Designation.NATIONAL_DEMO)
			.set("zj-yueqing-eda", "2015-12-20", IMPLEMENTING, Designation.PROVINCIAL_DEMO)
			.set("zj-ouhai-eda", "2015-12-20", IMPLEMENTING, Designation.PROVINCIAL_DEMO);
		GoalResult national = evaluate(NATIONAL_DEMO_2017, "2017-12-31", h);
		assertThat(national.actual()).isEqualTo(2);
		assertThat(national.maximum()).isEqualTo(1);
		assertThat(national.state()).isEqualTo(GoalState.MET);
		// national demonstration parks are provincial-or-higher: 4, above the 2-3 striven for, still met
		GoalResult provincial = evaluate(PROVINCIAL_DEMO_2017, "2017-12-31", h);
		assertThat(provincial.actual()).isEqualTo(4);
		assertThat(provincial.maximum()).isEqualTo(3);
		assertThat(provincial.state()).isEqualTo(GoalState.MET);
		// a third provincial designation after the 2015 goal of 1-2 was met leaves it met
		GoalResult early = evaluate(PROVINCIAL_DEMO_2015, "2016-06-30", h);
		assertThat(early.actual()).isEqualTo(4);
		assertThat(early.state()).isEqualTo(GoalState.MET);
	}

	@Test
	void theShippedSetIsTheOneTheseTestsRunOn() {
		assertThat(PROVINCIAL_DEMO_2015.minCount()).isEqualTo(1);
		assertThat(PROVINCIAL_DEMO_2015.maxCount()).isEqualTo(2);
		assertThat(NATIONAL_DEMO_2017.minCount()).isEqualTo(1);
		assertThat(PARKS).hasSize(11);
		assertThat(PARKS).filteredOn(ParkFact::merged).extracting(ParkFact::code).containsExactly("zj-wz-binhai");
	}

	@Test
	void theWholeProgrammeMetBy2017() {
		History h = new History();
		String[] parks = { "wz-etdz", "wz-hitech", "zj-ouhai-eda", "zj-yueqing-eda", "zj-ruian-eda", "zj-pingyang-eda",
				"zj-wz-lucheng-light", "zj-yongjia-ip", "zj-cangnan-ip" };
		for (String p : parks) {
			h.set(p, "2015-06-30", IMPLEMENTING);
		}
		h.set("wz-etdz", "2016-01-10", IMPLEMENTING, Designation.PROVINCIAL_DEMO)
			.set("zj-yueqing-eda", "2016-01-10", IMPLEMENTING, Designation.PROVINCIAL_DEMO)
			.set("wz-etdz", "2017-05-10", ACCEPTED, Designation.NATIONAL_DEMO);
		// 10 of 11 parks (Binhai follows the ETDZ; Yueqing industrial park is in no batch)
		GoalResult all = evaluate(ALL_70, "2017-12-31", h);
		assertThat(all.actual()).isEqualTo(10);
		assertThat(all.state()).isEqualTo(GoalState.MET);
		assertThat(all.candidates()).extracting(ParkFact::code).containsExactly("zj-yueqing-ip");
		for (Goal g : java.util.List.of(BATCH_2015, BATCH_2017, NATIONAL_DEMO_2017, PROVINCIAL_DEMO_2017)) {
			assertThat(evaluate(g, "2018-01-01", h).state()).as(g.toString()).isEqualTo(GoalState.MET);
		}
		// the 2015 designation goal was measured at the end of 2015: nobody was designated then
		assertThat(evaluate(PROVINCIAL_DEMO_2015, "2018-01-01", h).state()).isEqualTo(GoalState.NOT_MET);
	}
}
