package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a plan as sent: its route, its years (the implementation period within the programme's), its targets on
 * defined indicators and its key projects (R19's categories, an owner enterprise of the park, an investment, dated
 * milestones). Every problem is added to the list, naming its field.
 */
@Component
class PlanInput {

	private final EnterpriseRegistry enterprises;
	private final ParkIndicators indicators;
	private final int periodStart;
	private final int periodEnd;

	PlanInput(EnterpriseRegistry enterprises, ParkIndicators indicators,
			@Value("${parkloop.programme.period-start:2014}") int periodStart,
			@Value("${parkloop.programme.period-end:2017}") int periodEnd) {
		this.enterprises = enterprises;
		this.indicators = indicators;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
	}

	static Plan.Route route(String route, List<FieldProblem> problems) {
		try {
			return Plan.Route.valueOf(route == null ? "" : route.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem("route", "plan.route"));
			return null;
		}
	}

	void years(PlanCommand c, List<FieldProblem> problems) {
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

	List<Plan.Target> targets(PlanCommand c, List<FieldProblem> problems) {
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

	List<Plan.Project> projects(PlanCommand c, String parkCode, List<FieldProblem> problems) {
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
