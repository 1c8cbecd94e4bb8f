package org.parkloop.transformation.status;

import java.time.LocalDate;

import org.parkloop.shared.TransformationStatus;
import org.springframework.stereotype.Component;

/**
 * The case's steps written by the plans' actions (R14, R15): the first plan action records PLAN_COMPILING, a
 * submission PLAN_UNDER_REVIEW. The move is guarded by the case's transition table like any other; the one acting
 * has been checked by the plan's own rules.
 */
@Component
public class CaseSteps {

	private final StatusService statuses;

	CaseSteps(StatusService statuses) {
		this.statuses = statuses;
	}

	/** The park's status after every recorded step. */
	public TransformationStatus current(String parkCode) {
		return statuses.standingOf(parkCode, LocalDate.MAX).status();
	}

	/** Moves the case to the status on the date, unless it is there already. */
	public void moveTo(String parkCode, TransformationStatus status, LocalDate date, String note, String who) {
		if (current(parkCode) != status) {
			statuses.append(parkCode, new TransitionCommand(status, null, date, note), who);
		}
	}
}
