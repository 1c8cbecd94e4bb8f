package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.indicators.engine.SubmissionRules;
import org.parkloop.shared.Refused;

/**
 * One revision of what an enterprise (or, for park-level items, a park) reports for a year: DRAFT → SUBMITTED →
 * ACCEPTED, or RETURNED with the reviewer's comment and back to DRAFT when edited. A correction of an accepted
 * revision is the next revision, a new DRAFT; the accepted ones stay as they were. The transition table is
 * {@link #MOVES}; {@link #after} is the only way to a new status (who may act is {@link SubmissionAccess}'s).
 *
 * @param creditCode the enterprise, or null for the park's own items
 * @param parkCode the park the enterprise belonged to when the submission was made
 * @param onBehalf entered by the park for the enterprise (the park-wide template): accepted by CITY only
 * @param confirmed the soft findings the submitter confirmed
 */
public record Submission(long id, String creditCode, String parkCode, int year, int revision, Status status,
		boolean onBehalf, String comment, List<SubmissionRules.Finding> confirmed, String createdBy, Instant createdAt,
		String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, List<Value> values, long version)
		implements org.parkloop.shared.Versioned {

	public enum Status {
		DRAFT, SUBMITTED, ACCEPTED, RETURNED
	}

	public enum Action {
		EDIT, SUBMIT, ACCEPT, RETURN, CORRECT
	}

	/**
	 * A value as given (value and unit) and in its item's canonical unit; a money amount at constant prices names its
	 * price base year ({@code priceBaseYear}, null at current prices).
	 */
	public record Value(String item, BigDecimal value, String unit, BigDecimal canonical, Integer priceBaseYear) {
	}

	/** The moves: from a status, an action leads to the status (CORRECT leaves the accepted one and starts the next). */
	static final Map<Status, Map<Action, Status>> MOVES = Map.of(
			Status.DRAFT, Map.of(Action.EDIT, Status.DRAFT, Action.SUBMIT, Status.SUBMITTED),
			Status.RETURNED, Map.of(Action.EDIT, Status.DRAFT),
			Status.SUBMITTED, Map.of(Action.ACCEPT, Status.ACCEPTED, Action.RETURN, Status.RETURNED),
			Status.ACCEPTED, Map.of(Action.CORRECT, Status.ACCEPTED));

	public Submission {
		confirmed = confirmed == null ? List.of() : List.copyOf(confirmed);
		values = values == null ? List.of() : List.copyOf(values);
	}

	/** Whether this is the park's own data (park-level items) rather than an enterprise's. */
	public boolean parkLevel() {
		return creditCode == null;
	}

	/** The status after the action, or a refusal a user can read: the status it is in and what it allows. */
	Status after(Action action) {
		Status next = MOVES.get(status).get(action);
		if (next == null) {
			throw new Refused(null, List.of(Refused.Reason.of("submission.notAllowed", null, status, action)));
		}
		return next;
	}

	/** The actions the status allows. */
	Set<Action> actions() {
		return MOVES.get(status).keySet();
	}

	Submission withValues(List<Value> list) {
		return new Submission(id, creditCode, parkCode, year, revision, status, onBehalf, comment, confirmed, createdBy,
				createdAt, submittedBy, submittedAt, decidedBy, decidedAt, list, version);
	}

	/** The values in canonical units by item, as the rules and the formulas take them. */
	public Map<String, BigDecimal> canonical() {
		Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
		values.forEach(v -> m.put(v.item(), v.canonical()));
		return m;
	}
}
