package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.Consultancy;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.EnterpriseRegistry;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans (R14): the park's office (or CITY) drafts one; its first action records PLAN_COMPILING on the case. The
 * PARK office submits it on a date, refused unless the compiling consultancy is of 乙级 or above with a certificate
 * valid that day; the submission records PLAN_UNDER_REVIEW. The review routes come next (issue 12).
 */
@Service
@Transactional
public class Plans {

	private final PlanStore store;
	private final ParkAccess access;
	private final ConsultancyRegistry consultancies;
	private final EnterpriseRegistry enterprises;
	private final ParkIndicators indicators;
	private final CaseSteps steps;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;
	private final int periodStart;
	private final int periodEnd;

	Plans(PlanStore store, ParkAccess access, ConsultancyRegistry consultancies, EnterpriseRegistry enterprises,
			ParkIndicators indicators, CaseSteps steps, CurrentCaller callers, Audit audit, Clock clock,
			@Value("${parkloop.programme.period-start:2014}") int periodStart,
			@Value("${parkloop.programme.period-end:2017}") int periodEnd) {
		this.store = store;
		this.access = access;
		this.consultancies = consultancies;
		this.enterprises = enterprises;
		this.indicators = indicators;
		this.steps = steps;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
	}

	Plan create(String parkCode, PlanCommand c) {
		ParkView park = access.checkRead(parkCode);
		checkParkOffice(park);
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Plan.Route route = route(c.route(), problems);
		if (c.consultancyCreditCode() == null || consultancies.find(c.consultancyCreditCode().strip()).isEmpty()) {
			problems.add(new FieldProblem("consultancyCreditCode", "plan.consultancyUnknown", c.consultancyCreditCode()));
		}
		years(c, problems);
		List<Plan.Target> targets = targets(c, problems);
		List<Plan.Project> projects = projects(c, park.code(), problems);
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

	private static Plan.Route route(String route, List<FieldProblem> problems) {
		try {
			return Plan.Route.valueOf(route == null ? "" : route.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem("route", "plan.route"));
			return null;
		}
	}

	private void years(PlanCommand c, List<FieldProblem> problems) {
		if (c.baseYear() == null) {
			problems.add(new FieldProblem("baseYear", "validation.required"));
		}
		if (c.startYear() == null || c.startYear() < periodStart || c.startYear() > periodEnd) {
			problems.add(new FieldProblem("startYear", "plan.period", periodStart, periodEnd));
		}
		if (c.endYear() == null || c.endYear() < periodStart || c.endYear() > periodEnd
				|| (c.startYear() != null && c.endYear() < c.startYear())) {
			problems.add(new FieldProblem("endYear", "plan.period", periodStart, periodEnd));
		}
		if (c.baseYear() != null && c.startYear() != null && c.baseYear() > c.startYear()) {
			problems.add(new FieldProblem("baseYear", "plan.baseAfterStart"));
		}
	}

	private List<Plan.Target> targets(PlanCommand c, List<FieldProblem> problems) {
		List<Plan.Target> list = new ArrayList<>();
		Set<String> known = indicators.indicatorCodes();
		Set<String> seen = new HashSet<>();
		List<PlanCommand.TargetInput> given = c.targets() == null ? List.of() : c.targets();
		for (int i = 0; i < given.size(); i++) {
			PlanCommand.TargetInput t = given.get(i);
			String at = "targets[" + i + "].";
			if (t == null || t.code() == null || !known.contains(t.code()) || !seen.add(t.code())) {
				problems.add(new FieldProblem(at + "code", "indicator.definition.notFound", t == null ? "" : t.code()));
			}
			else if (t.target() == null || t.target().signum() < 0) {
				problems.add(new FieldProblem(at + "target", "targets.value"));
			}
			else if (t.baseline() != null && t.baseline().signum() < 0) {
				problems.add(new FieldProblem(at + "baseline", "targets.value"));
			}
			else {
				list.add(new Plan.Target(t.code(), t.baseline(), t.target()));
			}
		}
		return list;
	}

	private List<Plan.Project> projects(PlanCommand c, String parkCode, List<FieldProblem> problems) {
		List<Plan.Project> list = new ArrayList<>();
		List<PlanCommand.ProjectInput> given = c.projects() == null ? List.of() : c.projects();
		for (int i = 0; i < given.size(); i++) {
			PlanCommand.ProjectInput p = given.get(i);
			String at = "projects[" + i + "].";
			if (p == null || p.name() == null || p.name().isBlank()) {
				problems.add(new FieldProblem(at + "name", "validation.required"));
				continue;
			}
			Plan.Category category = null;
			try {
				category = Plan.Category.valueOf(p.category() == null ? "" : p.category().strip());
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem(at + "category", "plan.category"));
			}
			String owner = p.ownerCreditCode() == null || p.ownerCreditCode().isBlank() ? null : p.ownerCreditCode().strip();
			if (owner != null && enterprises.profile(owner).filter(e -> e.parkCode().equals(parkCode)).isEmpty()) {
				problems.add(new FieldProblem(at + "ownerCreditCode", "plan.ownerNotInPark", owner));
			}
			BigDecimal investment = p.investment();
			if (investment == null || investment.signum() < 0) {
				problems.add(new FieldProblem(at + "investment", "plan.investment"));
			}
			List<Plan.Milestone> milestones = new ArrayList<>();
			List<PlanCommand.MilestoneInput> ms = p.milestones() == null ? List.of() : p.milestones();
			for (int m = 0; m < ms.size(); m++) {
				PlanCommand.MilestoneInput mi = ms.get(m);
				if (mi == null || mi.name() == null || mi.name().isBlank() || mi.plannedDate() == null) {
					problems.add(new FieldProblem(at + "milestones[" + m + "]", "plan.milestone"));
					continue;
				}
				milestones.add(new Plan.Milestone(0, mi.name().strip(), mi.plannedDate()));
			}
			if (category != null && investment != null) {
				list.add(new Plan.Project(0, p.name().strip(), category, p.kind(), owner, investment, milestones));
			}
		}
		return list;
	}
}
