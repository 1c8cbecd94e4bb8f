package org.parkloop.transformation.acceptance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.plan.Plan;
import org.parkloop.transformation.plan.ProjectSchedules;
import org.parkloop.transformation.status.CaseSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for acceptance (R17): the park's office applies for a year of its implementation period on a date;
 * refused unless every key project is on schedule that day and every targeted indicator reaches 90 % of its target
 * that year, listing every late project (with the milestones missed) and every indicator short of it (with its
 * completion or the data missing). The test's result is stored with the application. The decisions are
 * {@link AcceptanceDecisions}'.
 */
@Service
@Transactional
class AcceptanceApplications {

	record Apply(@Min(1990) @Max(2100) Integer year, LocalDate date) {
	}

	private final ApplicationStore store;
	private final ProjectSchedules schedules;
	private final ParkIndicators indicators;
	private final CaseSteps steps;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	AcceptanceApplications(ApplicationStore store, ProjectSchedules schedules, ParkIndicators indicators,
			CaseSteps steps, ParkAccess access, CurrentCaller callers, Audit audit, Clock clock) {
		this.store = store;
		this.schedules = schedules;
		this.indicators = indicators;
		this.steps = steps;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Application apply(String parkCode, Apply c) {
		ParkView park = access.checkRead(parkCode);
		if (!callers.get().scopes(Role.PARK).contains(park.code())) {
			throw new Forbidden("access.acceptance.parkApplies", park.code());
		}
		Inputs.check(c);
		ParkStanding standing = steps.current(park.code());
		Plan plan = schedules.inForce(park.code()).orElse(null);
		List<FieldProblem> problems = new ArrayList<>();
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "acceptance.date"));
		}
		if (c.year() == null || (plan != null && (c.year() < plan.startYear() || c.year() > plan.endYear()))) {
			problems.add(new FieldProblem("year", "acceptance.year", plan == null ? "" : plan.startYear(),
					plan == null ? "" : plan.endYear()));
		}
		if (standing.status() != TransformationStatus.IMPLEMENTING || plan == null) {
			throw new Refused(null, List.of(Refused.Reason.of("acceptance.notImplementing", "R17", standing.status())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		steps.checkDate(park.code(), c.date());
		store.ofPark(park.code()).stream().filter(Application::open).findFirst().ifPresent(a -> {
			throw new Refused(null, List.of(Refused.Reason.of("acceptance.open", "R17", a.id())));
		});
		ParkIndicators.AcceptanceTest test = indicators.acceptanceTest(park.code(), c.year());
		List<Refused.Reason> reasons = new ArrayList<>();
		for (ProjectSchedules.ProjectState p : schedules.at(plan, c.date())) {
			if (!p.onSchedule()) {
				String missed = String.join("、", p.milestones().stream().filter(m -> m.missedAt(c.date()))
					.map(m -> m.name() + "（" + m.plannedDate() + "）").toList());
				reasons.add(Refused.Reason.about("PROJECT", String.valueOf(p.id()), "acceptance.projectLate", p.name(),
						missed));
			}
		}
		if (test.indicators().isEmpty()) {
			reasons.add(Refused.Reason.about("INDICATOR", null, "acceptance.noTargets"));
		}
		for (ParkIndicators.TestedIndicator t : test.indicators()) {
			if (t.passed()) {
				continue;
			}
			reasons.add(t.completion() == null
					? Refused.Reason.about("INDICATOR", t.code(), "acceptance.indicatorMissing", t.name(),
							String.join("、", t.missing() == null ? List.of() : t.missing()))
					: Refused.Reason.about("INDICATOR", t.code(), "acceptance.indicatorBelow", t.name(),
							t.completion().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.DOWN).toPlainString()));
		}
		if (!reasons.isEmpty()) {
			throw new Refused(null, reasons);
		}
		Application a = new Application(0, park.code(), plan.id(), c.year(), c.date(), standing.designation(),
				Application.Status.SUBMITTED, test, List.of(), 0);
		long id = store.insert(a, callers.get().username());
		audit.record("APPLY", "acceptance", String.valueOf(id), park.code() + " " + c.year() + " on " + c.date()
				+ ", route " + standing.designation());
		return store.find(id, false).orElseThrow();
	}

	@Transactional(readOnly = true)
	Application get(long id) {
		Application a = store.find(id, false).orElseThrow(() -> new NotFound("acceptance.notFound", id));
		access.checkReadAsOffice(a.parkCode());
		return a;
	}

	@Transactional(readOnly = true)
	List<Application> ofPark(String parkCode) {
		return store.ofPark(access.checkReadAsOffice(parkCode).code());
	}
}
