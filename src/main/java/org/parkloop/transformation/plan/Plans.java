package org.parkloop.transformation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.RowVersions;
import org.parkloop.registry.Consultancy;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.status.CaseSteps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans (R14): the park's office, the users of the consultancy it engaged, or CITY draft one; the first plan action
 * records PLAN_COMPILING on the case, on its date. The PARK office submits it on a date, refused unless the compiling
 * consultancy is of 乙级 or above with a certificate valid that day; the submission records PLAN_UNDER_REVIEW (a
 * demonstration plan goes to the province, R15). A national demonstration plan is only for a park that holds the
 * provincial designation. Reading the plan sent is {@link PlanInput}'s; who may is {@link PlanAccess}'s; revisions
 * are {@link PlanRevisions}'; the review is {@link PlanReview}'s and {@link ExternalDecisions}'.
 */
@Service
@Transactional
public class Plans {

	private final PlanStore store;
	private final PlanInput input;
	private final PlanAccess access;
	private final Engagements engagements;
	private final ConsultancyRegistry consultancies;
	private final CaseSteps steps;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;
	private final RowVersions versions;

	Plans(PlanStore store, PlanInput input, PlanAccess access, Engagements engagements,
			ConsultancyRegistry consultancies, CaseSteps steps, CurrentCaller callers, Audit audit, Clock clock,
			JdbcClient jdbc) {
		this.store = store;
		this.input = input;
		this.access = access;
		this.engagements = engagements;
		this.consultancies = consultancies;
		this.steps = steps;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
		this.versions = new RowVersions(jdbc, "plan", "id");
	}

	Plan create(String parkCode, PlanCommand c) {
		ParkView park = access.checkDraft(parkCode);
		Plan draft = input.read(c, park.code(), 1, null, defaultConsultancy(park.code()));
		LocalDate date = actionDate(c.date());
		checkConsultant(draft);
		List<Plan> plans = store.ofPark(park.code());
		plans.stream().filter(Plan::open).findFirst().ifPresent(p -> {
			throw new Refused(null, List.of(Refused.Reason.of("plan.open", "R14", p.id(), p.revision())));
		});
		plans.stream().filter(p -> p.status() == Plan.Status.APPROVED).findFirst().ifPresent(p -> {
			throw new Refused(null, List.of(Refused.Reason.of("plan.amendByRevision", "R14", p.id(), p.revision())));
		});
		checkRoute(draft);
		steps.checkDate(park.code(), date);
		long id = store.insert(draft, callers.get().username());
		steps.step(park.code(), TransformationStatus.NOT_STARTED, TransformationStatus.PLAN_COMPILING, date,
				steps.note("case.note.drafted", id), callers.get().username());
		audit.record("CREATE", "plan", String.valueOf(id), park.code() + " r1 by " + draft.consultancyCreditCode()
				+ ", " + draft.projects().size() + " projects, " + draft.targets().size() + " targets");
		return get(id);
	}

	/** A draft's new content, with the version read. */
	Plan edit(long id, PlanCommand c, ExpectedVersion expected) {
		Plan p = store.find(id, false).orElseThrow(() -> new NotFound("plan.notFound", id));
		access.checkDraft(p.parkCode());
		Plan earlier = p.amends() == null ? null : store.find(p.amends(), false).orElse(null);
		Plan draft = input.read(c, p.parkCode(), p.revision(), earlier, p.consultancyCreditCode());
		checkConsultant(draft);
		versions.claim(id, expected, () -> new NotFound("plan.notFound", id));
		Plan now = store.find(id, true).orElseThrow();
		if (now.status() != Plan.Status.DRAFT) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.notDraft", null, now.status())));
		}
		store.replaceContent(id, draft);
		audit.record("UPDATE", "plan", String.valueOf(id), p.parkCode() + " r" + p.revision() + ", "
				+ draft.projects().size() + " projects, " + draft.targets().size() + " targets");
		return get(id);
	}

	@Transactional(readOnly = true)
	Plan get(long id) {
		Plan p = store.find(id, false).orElseThrow(() -> new NotFound("plan.notFound", id));
		access.checkRead(p);
		return p;
	}

	/** R14: submitted by the park on a date; the consultancy must be of 乙级 or above, its certificate valid then. */
	Plan submit(long id, LocalDate date) {
		Plan p = store.find(id, true).orElseThrow(() -> new NotFound("plan.notFound", id));
		access.checkRead(p);
		access.checkParkOffice(p.parkCode());
		if (date == null) {
			throw new InvalidInput(List.of(new FieldProblem("date", "validation.required")));
		}
		actionDate(date);
		if (p.status() != Plan.Status.DRAFT) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.notDraft", null, p.status())));
		}
		Consultancy consultancy = consultancies.find(p.consultancyCreditCode()).orElseThrow();
		List<Refused.Reason> reasons = new ArrayList<>();
		if (!"A".equals(consultancy.grade()) && !"B".equals(consultancy.grade())) {
			reasons.add(Refused.Reason.of("plan.consultancyGrade", "R14", consultancy.name()));
		}
		if (consultancy.certificateValidUntil().isBefore(date)) {
			reasons.add(Refused.Reason.of("plan.certificateExpired", "R14", consultancy.name(),
					consultancy.certificateValidUntil(), date));
		}
		if (!reasons.isEmpty()) {
			throw new Refused("consultancyCreditCode", reasons);
		}
		checkRoute(p);
		steps.checkDate(p.parkCode(), date);
		store.submit(id, p.version(), date);
		if (p.route() != Plan.Route.CITY) {
			store.status(id, Plan.Status.UNDER_REVIEW); // with the province (R15)
		}
		steps.step(p.parkCode(), TransformationStatus.PLAN_COMPILING, TransformationStatus.PLAN_UNDER_REVIEW, date,
				steps.note("case.note.submitted", id, p.revision()), callers.get().username());
		audit.record("SUBMIT", "plan", String.valueOf(id), p.parkCode() + " r" + p.revision() + " on " + date);
		return get(id);
	}

	/** An action's date: today when not given, never in the future. */
	LocalDate actionDate(LocalDate date) {
		LocalDate today = LocalDate.now(clock);
		if (date != null && date.isAfter(today)) {
			throw new InvalidInput(List.of(new FieldProblem("date", "transition.future", date)));
		}
		return date == null ? today : date;
	}

	/** R15: a national demonstration plan is for a park that already holds the provincial designation. */
	void checkRoute(Plan p) {
		if (p.route() == Plan.Route.NATIONAL_DEMO
				&& !steps.current(p.parkCode()).designation().isAtLeast(Designation.PROVINCIAL_DEMO)) {
			throw new Refused("route", List.of(Refused.Reason.of("plan.nationalNeedsProvincial", "R15")));
		}
	}

	private String defaultConsultancy(String parkCode) {
		String own = access.consultancyOfCaller();
		return own != null ? own : engagements.engagedBy(parkCode).orElse(null);
	}

	/** A consultant drafts for its own consultancy only. */
	private void checkConsultant(Plan draft) {
		String own = access.consultancyOfCaller();
		if (own != null && !own.equals(draft.consultancyCreditCode())) {
			throw new InvalidInput(List.of(new FieldProblem("consultancyCreditCode", "plan.consultancyNotOwn", own)));
		}
	}
}
