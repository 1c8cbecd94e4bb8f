package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.util.List;

import org.parkloop.indicators.engine.SubmissionRules;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a submission: submitting it (hard rules refuse; soft findings refuse unless confirmed, and are kept
 * with it), accepting it (which publishes {@link SubmissionAccepted}: the park's values are recomputed) or returning
 * it with a comment. Who may do which is {@link SubmissionAccess}'s; the moves are {@link Submission#MOVES}.
 */
@Service
@Transactional
public class SubmissionReview {

	private final Submissions submissions;
	private final SubmissionStore store;
	private final SubmissionInput input;
	private final SubmissionAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final ApplicationEventPublisher events;
	private final BigDecimal factor;

	SubmissionReview(Submissions submissions, SubmissionStore store, SubmissionInput input, SubmissionAccess access,
			CurrentCaller callers, Audit audit, ApplicationEventPublisher events,
			@Value("${parkloop.indicators.change-factor:3}") BigDecimal factor) {
		this.submissions = submissions;
		this.store = store;
		this.input = input;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.events = events;
		this.factor = factor;
	}

	/** Submits a draft: hard rules refuse; soft findings refuse unless confirmed, and are kept with it. */
	public Submission submit(long id, boolean confirm, ExpectedVersion expected) {
		Submission s = submissions.locked(id);
		access.checkEnter(s);
		Submission.Status next = s.after(Submission.Action.SUBMIT);
		store.claim(id, expected);
		List<SubmissionRules.Finding> findings = SubmissionRules.check(s.canonical(),
				store.lastAccepted(s.creditCode(), s.parkCode(), s.year()),
				s.parkLevel() ? java.util.Map.of() : store.delivered(s.creditCode(), s.year()), factor);
		List<SubmissionRules.Finding> hard = findings.stream().filter(f -> !f.soft()).toList();
		if (!hard.isEmpty()) {
			throw new InvalidInput(input.problems(hard));
		}
		List<SubmissionRules.Finding> soft = findings.stream().filter(SubmissionRules.Finding::soft).toList();
		if (!soft.isEmpty() && !confirm) {
			throw new Refused("confirm", input.problems(soft).stream()
				.map(p -> new Refused.Reason(p.messageKey(), null, null, p.messageKey(), p.args())).toList());
		}
		store.move(id, next, "submitted", callers.get().username(), null, soft);
		audit.record("SUBMIT", "ind_submission", String.valueOf(id), Submissions.summary(s, s.values())
				+ (soft.isEmpty() ? "" : "; confirmed " + soft.stream().map(SubmissionRules.Finding::messageKey).toList()));
		return submissions.get(id);
	}

	public Submission accept(long id, ExpectedVersion expected) {
		Submission s = decide(id, Submission.Action.ACCEPT, null, expected);
		events.publishEvent(new SubmissionAccepted(id, s.parkCode(), s.year()));
		return s;
	}

	public Submission returnWith(long id, String comment, ExpectedVersion expected) {
		access.checkDecide(submissions.locked(id));
		if (comment == null || comment.isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("comment", "validation.required")));
		}
		if (comment.length() > 2000) {
			throw new InvalidInput(List.of(new FieldProblem("comment", "validation.tooLong", 2000)));
		}
		return decide(id, Submission.Action.RETURN, comment.strip(), expected);
	}

	private Submission decide(long id, Submission.Action action, String comment, ExpectedVersion expected) {
		Submission s = submissions.locked(id);
		access.checkDecide(s);
		Submission.Status next = s.after(action);
		store.claim(id, expected);
		if (next == Submission.Status.ACCEPTED) {
			store.supersedeEarlier(s);
		}
		store.move(id, next, "decided", callers.get().username(), comment, s.confirmed());
		audit.record(action.name(), "ind_submission", String.valueOf(id), Submissions.summary(s, s.values())
				+ (comment == null ? "" : ": " + comment));
		return submissions.get(id);
	}
}
