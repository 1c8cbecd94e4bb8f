package org.parkloop.transformation.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parkloop.registry.ParkStanding;
import org.parkloop.shared.Designation;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.TransformationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parkloop.shared.TransformationStatus.*;

class ParkCaseTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private final ParkCase parkCase = new ParkCase("wz-etdz", List.of());

	private void move(TransformationStatus status, String date) {
		parkCase.record(new TransitionCommand(status, null, LocalDate.parse(date), null), "admin", TODAY, java.time.Instant.EPOCH);
	}

	private void rejected(TransitionCommand c, String key) {
		int before = parkCase.transitions().size();
		assertThatThrownBy(() -> parkCase.record(c, "admin", TODAY, java.time.Instant.EPOCH)).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo(key);
		assertThat(parkCase.transitions()).hasSize(before);
	}

	@Test
	void walksThroughThePlanStepsAndKnowsItsStandingOnAnyDate() {
		move(PLAN_COMPILING, "2014-04-15");
		move(PLAN_UNDER_REVIEW, "2014-09-30");
		move(IMPLEMENTING, "2014-12-20");
		parkCase.record(new TransitionCommand(null, Designation.PROVINCIAL_DEMO, LocalDate.of(2015, 10, 28), "省发改委批复"),
				"admin", TODAY, java.time.Instant.EPOCH);
		move(ACCEPTED, "2017-06-30");

		assertThat(parkCase.standingOn(LocalDate.of(2014, 4, 14))).isEqualTo(ParkStanding.INITIAL);
		assertThat(parkCase.standingOn(LocalDate.of(2014, 4, 15)).status()).isEqualTo(PLAN_COMPILING);
		ParkStanding end2015 = parkCase.standingOn(LocalDate.of(2015, 12, 31));
		assertThat(end2015.status()).isEqualTo(IMPLEMENTING);
		assertThat(end2015.designation()).isEqualTo(Designation.PROVINCIAL_DEMO);
		assertThat(end2015.since()).isEqualTo(LocalDate.of(2015, 10, 28));
		assertThat(parkCase.standingOn(TODAY).status()).isEqualTo(ACCEPTED);
		assertThat(parkCase.transitions()).extracting(t -> t.seq()).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void noStepIsSkipped() {
		rejected(new TransitionCommand(ACCEPTED, null, LocalDate.of(2015, 1, 1), null), "transition.notAllowed");
		rejected(new TransitionCommand(IMPLEMENTING, null, LocalDate.of(2015, 1, 1), null), "transition.notAllowed");
		move(PLAN_COMPILING, "2015-01-01");
		rejected(new TransitionCommand(IMPLEMENTING, null, LocalDate.of(2015, 2, 1), null), "transition.notAllowed");
	}

	@Test
	void aReviewMaySendThePlanBackForRevisionButNothingElseGoesBack() {
		move(PLAN_COMPILING, "2015-01-01");
		move(PLAN_UNDER_REVIEW, "2015-03-01");
		move(PLAN_COMPILING, "2015-04-01");
		move(PLAN_UNDER_REVIEW, "2015-06-01");
		move(IMPLEMENTING, "2015-07-01");
		rejected(new TransitionCommand(PLAN_COMPILING, null, LocalDate.of(2015, 8, 1), null), "transition.notAllowed");
		move(ACCEPTED, "2016-07-01");
		rejected(new TransitionCommand(IMPLEMENTING, null, LocalDate.of(2016, 8, 1), null), "transition.notAllowed");
	}

	@Test
	void datesGoForwardAndNotIntoTheFuture() {
		move(PLAN_COMPILING, "2015-05-01");
		rejected(new TransitionCommand(PLAN_UNDER_REVIEW, null, LocalDate.of(2015, 4, 30), null),
				"transition.beforePrevious");
		rejected(new TransitionCommand(PLAN_UNDER_REVIEW, null, TODAY.plusDays(1), null), "transition.future");
		rejected(new TransitionCommand(PLAN_UNDER_REVIEW, null, null, null), "validation.required");
		move(PLAN_UNDER_REVIEW, "2015-05-01"); // the same day is fine
		assertThat(parkCase.standingOn(LocalDate.of(2015, 5, 1)).status()).isEqualTo(PLAN_UNDER_REVIEW);
	}

	@Test
	void aTransitionMustChangeSomething() {
		rejected(new TransitionCommand(NOT_STARTED, Designation.NONE, LocalDate.of(2015, 1, 1), null),
				"transition.nothing");
		rejected(new TransitionCommand(null, null, LocalDate.of(2015, 1, 1), null), "transition.nothing");
	}

	@Test
	void designationsFollowAnApprovedPlanAndOnlyGoUp() {
		move(PLAN_COMPILING, "2014-04-15");
		rejected(new TransitionCommand(null, Designation.PROVINCIAL_DEMO, LocalDate.of(2014, 5, 1), null),
				"transition.designationNeedsPlan");
		move(PLAN_UNDER_REVIEW, "2014-09-30");
		move(IMPLEMENTING, "2014-12-20");
		rejected(new TransitionCommand(null, Designation.NATIONAL_DEMO, LocalDate.of(2015, 1, 1), null),
				"transition.nationalNeedsProvincial");
		parkCase.record(new TransitionCommand(null, Designation.PROVINCIAL_DEMO, LocalDate.of(2015, 1, 1), null), "admin",
				TODAY, java.time.Instant.EPOCH);
		parkCase.record(new TransitionCommand(ACCEPTED, Designation.NATIONAL_DEMO, LocalDate.of(2016, 1, 1), null),
				"admin", TODAY, java.time.Instant.EPOCH);
		rejected(new TransitionCommand(null, Designation.PROVINCIAL_DEMO, LocalDate.of(2016, 2, 1), null),
				"transition.designationDowngrade");
	}
}
