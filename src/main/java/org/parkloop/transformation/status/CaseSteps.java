package org.parkloop.transformation.status;

import java.time.LocalDate;

import org.parkloop.registry.ParkStanding;
import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;
import org.springframework.stereotype.Component;

/**
 * The case's steps written by the actions of plans and acceptance (R14-R17), each on the action's date: the first
 * plan action records PLAN_COMPILING, a submission PLAN_UNDER_REVIEW, a return PLAN_COMPILING, an approval
 * IMPLEMENTING (with the designation a demonstration route brings), a final acceptance ACCEPTED. Each step is guarded
 * by the case's transition table like any other (never skipping one, never dated before the last); the one acting
 * has been checked by the plan's or application's own rules.
 */
@Component
public class CaseSteps {

	private final StatusService statuses;
	private final org.parkloop.platform.Messages messages;

	CaseSteps(StatusService statuses, org.parkloop.platform.Messages messages) {
		this.statuses = statuses;
		this.messages = messages;
	}

	/** A step's note, in the source's language (Chinese), as kept with the step whoever reads it later. */
	public String note(String key, Object... args) {
		return messages.get(java.util.Locale.SIMPLIFIED_CHINESE, key, args);
	}

	/** The park's standing after every recorded step. */
	public ParkStanding current(String parkCode) {
		return statuses.standingOf(parkCode, LocalDate.MAX);
	}

	/**
	 * Moves the case from {@code from} to {@code to} on the date; a case elsewhere (an amendment of an approved plan, a
	 * case whose history was entered by hand) is left where it is.
	 */
	public void step(String parkCode, TransformationStatus from, TransformationStatus to, LocalDate date, String note,
			String who) {
		if (current(parkCode).status() == from) {
			statuses.append(parkCode, new TransitionCommand(to, null, date, note), who);
		}
	}

	/**
	 * Records a demonstration designation on the date (R15); a case still under review moves to IMPLEMENTING with
	 * it, one already implementing or accepted keeps its status.
	 */
	public void designate(String parkCode, Designation designation, LocalDate date, String note, String who) {
		ParkStanding now = current(parkCode);
		TransformationStatus status = now.status() == TransformationStatus.PLAN_UNDER_REVIEW
				? TransformationStatus.IMPLEMENTING : null;
		if (status != null || now.designation() != designation) {
			statuses.append(parkCode, new TransitionCommand(status, designation, date, note), who);
		}
	}

	/** Refuses a date before the case's last recorded step (history is entered in order). */
	public void checkDate(String parkCode, LocalDate date) {
		statuses.checkNotBeforeLast(parkCode, date);
	}
}
