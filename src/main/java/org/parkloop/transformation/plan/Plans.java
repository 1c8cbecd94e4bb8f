package org.parkloop.transformation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.Consultancy;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.status.CaseSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans (R14): the park's office (or CITY) drafts one; its first action records PLAN_COMPILING on the case. The
 * PARK office submits it on a date, refused unless the compiling consultancy is of 乙级 or above with a certificate
 * valid that day; the submission records PLAN_UNDER_REVIEW. Reading the plan sent is {@link PlanInput}'s; the review is
 * {@link PlanReview}'s.
 */
@Service
@Transactional
public class Plans {

	private final PlanStore store;
	private final PlanInput input;
	private final ParkAccess access;
	private final ConsultancyRegistry consultancies;
	private final CaseSteps steps;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Plans(PlanStore store, PlanInput input, ParkAccess access, ConsultancyRegistry consultancies, CaseSteps steps,
			CurrentCaller callers, Audit audit, Clock clock) {
		this.store = store;
		this.input = input;
		this.access = access;
		this.consultancies = consultancies;
		this.steps = steps;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Plan create(String parkCode, PlanCommand c) {
		ParkView park = access.checkRead(parkCode);
		checkParkOffice(park);
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Plan.Route route = PlanInput.route(c.route(), problems);
		if (c.consultancyCreditCode() == null || consultancies.find(c.consultancyCreditCode().strip()).isEmpty()) {
			problems.add(new FieldProblem("consultancyCreditCode", "plan.consultancyUnknown", c.consultancyCreditCode()));
		}
		input.years(c, problems);
		List<Plan.Target> targets = input.targets(c, problems);
		List<Plan.Project> projects = input.projects(c, park.code(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<Plan> plans = store.ofPark(park.code());
		plans.stream().filter(p -> Set.of(Plan.Status.DRAFT, Plan.Status.SUBMITTED, Plan.Status.UNDER_REVIEW,
				Plan.Status.RETURNED).contains(p.status())).findFirst().ifPresent(p -> {
					throw new Refused(null, List.of(Refused.Reason.of("plan.open", "R14", p.id(), p.revision())));
				});
		if (!plans.isEmpty() || steps.current(park.code()).isAtLeast(TransformationStatus.IMPLEMENTING)) {
			// an approved plan is amended as its revision, which the review of the next part of issue 12 handles
			throw new Refused(null, List.of(Refused.Reason.of("plan.amendmentLater", "R14")));
		}
		Plan draft = new Plan(0, park.code(), 1, Plan.Status.DRAFT, c.consultancyCreditCode().strip(), route,
				c.baseYear(), c.startYear(), c.endYear(), c.modelId(), c.sections() == null ? Map.of() : c.sections(),
				targets, projects, null, null, 0);
		long id = store.insert(draft, callers.get().username());
		steps.moveTo(park.code(), TransformationStatus.PLAN_COMPILING, LocalDate.now(clock), "plan " + id,
				callers.get().username());
		audit.record("CREATE", "plan", String.valueOf(id), park.code() + " r1 by " + draft.consultancyCreditCode()
				+ ", " + projects.size() + " projects, " + targets.size() + " targets");
		return get(id);
	}

	@Transactional(readOnly = true)
	Plan get(long id) {
		Plan p = store.find(id, false).orElseThrow(() -> new NotFound("plan.notFound", id));
		if (callers.get().username() != null && store.assignedExpert(id, callers.get().username())) {
			return p;
		}
		ParkView park = access.checkRead(p.parkCode());
		if (!access.canReadAsOffice(park)) {
			throw new Forbidden("access.park", p.parkCode());
		}
		return p;
	}

	/** R14: submitted by the park on a date; the consultancy must be of 乙级 or above, its certificate valid then. */
	Plan submit(long id, LocalDate date) {
		Plan p = store.find(id, true).orElseThrow(() -> new NotFound("plan.notFound", id));
		ParkView park = access.checkRead(p.parkCode());
		if (!callers.get().scopes(Role.PARK).contains(park.code())) {
			throw new Forbidden("access.plan.parkSubmits", park.code());
		}
		if (date == null) {
			throw new InvalidInput(List.of(new FieldProblem("date", "validation.required")));
		}
		if (date.isAfter(LocalDate.now(clock))) {
			throw new InvalidInput(List.of(new FieldProblem("date", "transition.future", date)));
		}
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
		store.submit(id, p.version(), date);
		steps.moveTo(p.parkCode(), TransformationStatus.PLAN_UNDER_REVIEW, date, "plan " + id + " submitted",
				callers.get().username());
		audit.record("SUBMIT", "plan", String.valueOf(id), p.parkCode() + " r" + p.revision() + " on " + date);
		return get(id);
	}

	private void checkParkOffice(ParkView park) {
		if (!callers.get().has(Role.CITY) && !callers.get().scopes(Role.PARK).contains(park.code())) {
			throw new Forbidden("access.plan.draft", park.code());
		}
	}
}
