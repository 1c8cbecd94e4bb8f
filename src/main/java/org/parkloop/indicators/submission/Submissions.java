package org.parkloop.indicators.submission;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering data: an enterprise's first revision of a year, the park's own items, a draft's values replaced, a
 * correction as the next revision, and reading what the caller may see. The moves to review are
 * {@link SubmissionReview}'s. Every action is audited.
 */
@Service
@Transactional
public class Submissions {

	/** What the API sends to create or replace a submission. */
	record Command(@Size(max = 18) String creditCode, @Min(1990) @Max(2100) Integer year,
			@Size(max = SubmissionInput.MAX_VALUES) List<SubmissionInput.ValueInput> values,
			@Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	private final SubmissionStore store;
	private final SubmissionInput input;
	private final SubmissionAccess access;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Audit audit;

	Submissions(SubmissionStore store, SubmissionInput input, SubmissionAccess access, EnterpriseRegistry enterprises,
			ParkCatalog parks, CurrentCaller callers, Audit audit) {
		this.store = store;
		this.input = input;
		this.access = access;
		this.enterprises = enterprises;
		this.parks = parks;
		this.callers = callers;
		this.audit = audit;
	}

	/** An enterprise's first revision of a year: by the enterprise, or by its park's office on its behalf. */
	public Submission create(Command c) {
		if (!callers.get().has(org.parkloop.shared.Role.ENTERPRISE) && !callers.get().has(org.parkloop.shared.Role.PARK)) {
			throw new Forbidden("access.submission.ownOnly");
		}
		Inputs.check(c);
		if (c.creditCode() == null || c.creditCode().isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", "validation.required")));
		}
		EnterpriseRegistry.Profile enterprise = enterprises.profile(c.creditCode().strip())
			.orElseThrow(() -> new NotFound("enterprise.notFound", c.creditCode()));
		input.checkYear(c.year());
		boolean onBehalf = !access.ownEnterprise(enterprise.creditCode());
		Submission subject = draft(enterprise.creditCode(), enterprise.parkCode(), c.year(), onBehalf);
		access.checkEnter(subject);
		List<Submission.Value> values = input.read(c.values(), false, c.year());
		checkNoneOpen(store.revisions(enterprise.creditCode(), enterprise.parkCode(), c.year()), true);
		return insert(subject, 1, values);
	}

	/**
	 * The park's own items for a year: a new draft, the draft (or returned revision) replaced, or, when the year was
	 * accepted, its correction as the next revision.
	 */
	public Submission putParkData(String parkCode, int year, List<SubmissionInput.ValueInput> given, ExpectedVersion expected) {
		parks.find(parkCode).orElseThrow(() -> new NotFound("park.notFound", parkCode));
		Submission subject = draft(null, parkCode, year, false);
		access.checkEnter(subject);
		input.checkYear(year);
		List<Submission.Value> values = input.read(given, true, year);
		List<Submission> revisions = store.revisions(null, parkCode, year);
		if (revisions.isEmpty()) {
			return insert(subject, 1, values);
		}
		Submission latest = revisions.get(0);
		if (latest.status() == Submission.Status.ACCEPTED) {
			return insert(subject, latest.revision() + 1, values);
		}
		return replace(latest.id(), values, expected.source() == ExpectedVersion.Source.MISSING ? ExpectedVersion.ANY : expected);
	}

	/** Replaces a draft's (or a returned revision's) values; the version read is required. */
	public Submission update(long id, Command c, ExpectedVersion expected) {
		Submission s = locked(id);
		access.checkEnter(s);
		Inputs.check(c);
		List<Submission.Value> values = input.read(c.values(), s.parkLevel(), s.year());
		return replace(id, values, expected);
	}

	private Submission replace(long id, List<Submission.Value> values, ExpectedVersion expected) {
		Submission s = locked(id);
		Submission.Status next = s.after(Submission.Action.EDIT);
		store.claim(id, expected);
		store.replaceValues(id, values);
		store.move(id, next, null, null, s.comment(), null);
		audit.record("UPDATE", "ind_submission", String.valueOf(id), summary(s, values));
		return get(id);
	}

	/** A correction of the latest accepted revision: the next revision, a draft with its values. */
	public Submission correct(long id) {
		Submission s = locked(id);
		access.checkRead(s);
		s.after(Submission.Action.CORRECT);
		boolean onBehalf = !s.parkLevel() && !access.ownEnterprise(s.creditCode());
		Submission subject = draft(s.creditCode(), s.parkCode(), s.year(), onBehalf);
		access.checkEnter(subject);
		List<Submission> revisions = store.revisions(s.creditCode(), s.parkCode(), s.year());
		checkNoneOpen(revisions, false);
		if (revisions.get(0).id() != id) {
			throw new Refused(null, List.of(Refused.Reason.of("submission.notLatest", null, revisions.get(0).revision())));
		}
		return insert(subject, s.revision() + 1, s.values());
	}

	@Transactional(readOnly = true)
	public Submission get(long id) {
		Submission s = store.find(id, false).orElseThrow(() -> new NotFound("submission.notFound", id));
		access.checkRead(s);
		return s;
	}

	@Transactional(readOnly = true)
	public List<Submission> list(SubmissionStore.Filter filter, int limit) {
		return store.list(filter, access.reach(), limit);
	}

	/** The revisions of a subject's year the caller may read, latest first. */
	@Transactional(readOnly = true)
	public List<Submission> revisions(String creditCode, String parkCode, int year) {
		return store.revisions(creditCode, parkCode, year).stream().filter(access::mayRead).toList();
	}

	/** Whether the caller may edit, submit or correct it (the enterprise, or the park for what it enters). */
	public boolean mayEnter(Submission s) {
		return access.mayEnter(s) || (!s.parkLevel() && access.parkOffice(s.parkCode())
				&& s.status() == Submission.Status.ACCEPTED);
	}

	/** Whether the caller may accept or return it. */
	public boolean mayDecide(Submission s) {
		return access.mayDecide(s);
	}

	private Submission insert(Submission subject, int revision, List<Submission.Value> values) {
		long id = store.insert(subject.creditCode(), subject.parkCode(), subject.year(), revision, subject.onBehalf(),
				callers.get().username());
		store.replaceValues(id, values);
		audit.record(revision == 1 ? "CREATE" : "CORRECT", "ind_submission", String.valueOf(id),
				summary(subject, values) + " r" + revision + (subject.onBehalf() ? " (on behalf)" : ""));
		return get(id);
	}

	Submission locked(long id) {
		Submission s = store.find(id, true).orElseThrow(() -> new NotFound("submission.notFound", id));
		if (!access.mayRead(s)) {
			throw new Forbidden("access.submission.read");
		}
		return s;
	}

	private static void checkNoneOpen(List<Submission> revisions, boolean creating) {
		for (Submission r : revisions) {
			if (r.status() != Submission.Status.ACCEPTED) {
				throw new Refused(null, List.of(Refused.Reason.of("submission.open", null, r.id(), r.revision())));
			}
		}
		if (creating && !revisions.isEmpty()) {
			throw new Refused(null, List.of(Refused.Reason.of("submission.useCorrect", null, revisions.get(0).id())));
		}
	}

	private static Submission draft(String creditCode, String parkCode, int year, boolean onBehalf) {
		return new Submission(0, creditCode, parkCode, year, 0, Submission.Status.DRAFT, onBehalf, null, null, null,
				null, null, null, null, null, null, 0);
	}

	static String summary(Submission s, List<Submission.Value> values) {
		return (s.parkLevel() ? "@" + s.parkCode() : s.creditCode()) + " " + s.year() + ": "
				+ values.stream().map(v -> v.item() + "=" + v.value().toPlainString() + " " + v.unit()).toList();
	}
}
