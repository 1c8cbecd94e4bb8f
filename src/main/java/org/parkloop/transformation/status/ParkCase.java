package org.parkloop.transformation.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.registry.ParkStanding;
import org.parkloop.shared.Designation;
import org.parkloop.shared.Refused;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.StatusChange;

import static org.parkloop.shared.TransformationStatus.ACCEPTED;
import static org.parkloop.shared.TransformationStatus.IMPLEMENTING;
import static org.parkloop.shared.TransformationStatus.NOT_STARTED;
import static org.parkloop.shared.TransformationStatus.PLAN_COMPILING;
import static org.parkloop.shared.TransformationStatus.PLAN_UNDER_REVIEW;

/**
 * A park's circular-transformation case: its dated transitions and the rules for adding one. The only way to change
 * a case is {@link #record}, which guards the move (R14-R17) and returns the new transition.
 */
final class ParkCase {

	/**
	 * The moves a case may make. A plan under review may go back to compiling (the review asked for changes);
	 * nothing else goes back, and no step is skipped.
	 */
	static final Map<TransformationStatus, Set<TransformationStatus>> MOVES = Map.of(
			NOT_STARTED, Set.of(PLAN_COMPILING),
			PLAN_COMPILING, Set.of(PLAN_UNDER_REVIEW),
			PLAN_UNDER_REVIEW, Set.of(IMPLEMENTING, PLAN_COMPILING),
			IMPLEMENTING, Set.of(ACCEPTED),
			ACCEPTED, Set.of());

	private final String parkCode;
	private final List<StatusChange> transitions;

	ParkCase(String parkCode, List<StatusChange> transitions) {
		this.parkCode = parkCode;
		this.transitions = new ArrayList<>(transitions);
	}

	List<StatusChange> transitions() {
		return List.copyOf(transitions);
	}

	/** The standing in force at the end of the given day. */
	ParkStanding standingOn(LocalDate date) {
		ParkStanding standing = ParkStanding.INITIAL;
		for (StatusChange t : transitions) {
			if (t.effectiveDate().isAfter(date)) {
				break;
			}
			standing = new ParkStanding(t.status(), t.designation(), t.effectiveDate(), null);
		}
		return standing;
	}

	private ParkStanding current() {
		return transitions.isEmpty() ? ParkStanding.INITIAL : standingOn(last().effectiveDate());
	}

	private StatusChange last() {
		return transitions.get(transitions.size() - 1);
	}

	/**
	 * Checks the move and appends it. Input that cannot be a transition (no date, a future date, a note too long) is a
	 * {@link RuleViolation}; a move the case's current state forbids is {@link Refused}, citing the rule.
	 */
	StatusChange record(TransitionCommand command, String who, LocalDate today, Instant recordedAt) {
		ParkStanding now = current();
		TransformationStatus status = command.status() != null ? command.status() : now.status();
		Designation designation = command.designation() != null ? command.designation() : now.designation();
		LocalDate date = command.effectiveDate();
		if (date == null) {
			throw RuleViolation.onField("effectiveDate", "validation.required");
		}
		if (date.isAfter(today)) {
			throw RuleViolation.onField("effectiveDate", "transition.future", date);
		}
		if (command.note() != null && command.note().length() > 2000) {
			throw RuleViolation.onField("note", "validation.tooLong", 2000);
		}
		if (!transitions.isEmpty() && date.isBefore(last().effectiveDate())) {
			throw refused("effectiveDate", "transition.beforePrevious", null, date, last().effectiveDate());
		}
		if (status == now.status() && designation == now.designation()) {
			throw refused(null, "transition.nothing", null, status, designation);
		}
		if (status != now.status() && !MOVES.get(now.status()).contains(status)) {
			throw refused("status", "transition.notAllowed", "R14-R17", now.status(), status);
		}
		checkDesignation(now.designation(), designation, status);
		StatusChange change = new StatusChange(transitions.size() + 1, date, status, designation, command.note(), who,
				recordedAt);
		transitions.add(change);
		return change;
	}

	/** R15: designations follow an approved plan; a national one comes from the provincial demonstration parks. */
	private static void checkDesignation(Designation before, Designation after, TransformationStatus status) {
		if (after == before) {
			return;
		}
		if (after.compareTo(before) < 0) {
			throw refused("designation", "transition.designationDowngrade", "R15", before, after);
		}
		if (!status.isAtLeast(IMPLEMENTING)) {
			throw refused("designation", "transition.designationNeedsPlan", "R15", after);
		}
		if (after == Designation.NATIONAL_DEMO && before != Designation.PROVINCIAL_DEMO) {
			throw refused("designation", "transition.nationalNeedsProvincial", "R15");
		}
	}

	private static Refused refused(String field, String rule, String ref, Object... args) {
		return new Refused(field, java.util.List.of(Refused.Reason.of(rule, ref, args)));
	}

	String parkCode() {
		return parkCode;
	}
}
