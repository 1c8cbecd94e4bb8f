package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
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
	private final ConsultancyRegistry consultancies;
	private final org.parkloop.materialflow.ParkModelIndex models;
	private final int periodStart;
	private final int periodEnd;

	PlanInput(EnterpriseRegistry enterprises, ParkIndicators indicators, ConsultancyRegistry consultancies,
			org.parkloop.materialflow.ParkModelIndex models,
			@Value("${parkloop.programme.period-start:2014}") int periodStart,
			@Value("${parkloop.programme.period-end:2017}") int periodEnd) {
		this.enterprises = enterprises;
		this.indicators = indicators;
		this.consultancies = consultancies;
		this.models = models;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
	}

	/**
	 * The plan sent, as revision {@code revision} of the park's (continuing {@code earlier}'s projects when given), or
	 * every problem at once. {@code consultancy}: the one compiling it when the plan names none (the engaged one).
	 */
	Plan read(PlanCommand c, String parkCode, int revision, Plan earlier, String consultancy) {
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Plan.Route route = Inputs.constant(Plan.Route.class, c.route(), "route", "plan.route", problems);
		String compiler = c.consultancyCreditCode() == null || c.consultancyCreditCode().isBlank() ? consultancy
				: c.consultancyCreditCode().strip();
		if (compiler == null || consultancies.find(compiler).isEmpty()) {
			problems.add(new FieldProblem("consultancyCreditCode", "plan.consultancyUnknown", c.consultancyCreditCode()));
		}
		years(c, problems);
		if (c.modelId() != null && models.find(c.modelId())
			.filter(m -> m.parkCode().equals(parkCode) && c.baseYear() != null && m.year() == c.baseYear()).isEmpty()) {
			problems.add(new FieldProblem("modelId", "plan.modelNotOfBaseYear", c.modelId(), c.baseYear()));
		}
		List<Plan.Target> targets = targets(c, problems);
		List<Plan.Project> projects = projects(c, parkCode, earlier, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Plan(0, parkCode, revision, Plan.Status.DRAFT, compiler, route, c.baseYear(), c.startYear(),
				c.endYear(), c.modelId(), c.sections() == null ? Map.of() : c.sections(), targets, projects, null, null,
				earlier == null ? null : earlier.id(), List.of(), 0);
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

	/**
	 * The key projects sent. A project or milestone that names its {@code id} continues one of the earlier revision
	 * (funds and progress refer to it); any other id is refused.
	 */
	private List<Plan.Project> projects(PlanCommand c, String parkCode, Plan earlier, List<FieldProblem> problems) {
		Map<Long, Plan.Project> known = new HashMap<>();
		if (earlier != null) {
			earlier.projects().forEach(p -> known.put(p.id(), p));
		}
		List<Plan.Project> list = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		List<PlanCommand.ProjectInput> given = c.projects() == null ? List.of() : c.projects();
		for (int i = 0; i < given.size(); i++) {
			PlanCommand.ProjectInput p = given.get(i);
			String at = "projects[" + i + "].";
			if (p == null || p.name() == null || p.name().isBlank()) {
				problems.add(new FieldProblem(at + "name", "validation.required"));
				continue;
			}
			Plan.Project before = p.id() == null ? null : known.get(p.id());
			if (p.id() != null && (before == null || !seen.add(p.id()))) {
				problems.add(new FieldProblem(at + "id", "plan.projectUnknown", p.id()));
			}
			Plan.Category category = Inputs.constant(Plan.Category.class, p.category(), at + "category", "plan.category",
					problems);
			String owner = p.ownerCreditCode() == null || p.ownerCreditCode().isBlank() ? null : p.ownerCreditCode().strip();
			if (owner != null && enterprises.profile(owner).filter(e -> e.parkCode().equals(parkCode)).isEmpty()) {
				problems.add(new FieldProblem(at + "ownerCreditCode", "plan.ownerNotInPark", owner));
			}
			BigDecimal investment = p.investment();
			if (investment == null || investment.signum() < 0) {
				problems.add(new FieldProblem(at + "investment", "plan.investment"));
			}
			String kind = p.kind() == null || p.kind().isBlank() ? null : p.kind().strip();
			Plan.Category of = category;
			if (kind != null && of != null && java.util.Arrays.stream(Plan.Kind.values())
				.noneMatch(k -> k.name().equals(kind) && k.category() == of)) {
				problems.add(new FieldProblem(at + "kind", "plan.kind", String.join(", ", java.util.Arrays
					.stream(Plan.Kind.values()).filter(k -> k.category() == of).map(Enum::name).toList())));
			}
			Map<Integer, BigDecimal> byYear = byYear(p, c, investment, at, problems);
			Plan.Effects effects = effects(p.effects(), at, problems);
			List<Plan.Milestone> milestones = milestones(p, before, at, problems);
			if (category != null && investment != null) {
				list.add(new Plan.Project(before == null ? 0 : before.id(), p.name().strip(), category,
						kind, owner, investment, byYear,
						effects, milestones));
			}
		}
		return list;
	}

	/** The investment per year: years of the implementation period, together at most the total. */
	private static Map<Integer, BigDecimal> byYear(PlanCommand.ProjectInput p, PlanCommand c, BigDecimal total,
			String at, List<FieldProblem> problems) {
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		if (p.investmentByYear() == null) {
			return byYear;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<Integer, BigDecimal> e : p.investmentByYear().entrySet()) {
			if (e.getKey() == null || c.startYear() == null || c.endYear() == null || e.getKey() < c.startYear()
					|| e.getKey() > c.endYear() || e.getValue() == null || e.getValue().signum() < 0) {
				problems.add(new FieldProblem(at + "investmentByYear", "plan.investmentYear", String.valueOf(e.getKey()),
						c.startYear(), c.endYear()));
				continue;
			}
			byYear.put(e.getKey(), e.getValue());
			sum = sum.add(e.getValue());
		}
		if (total != null && sum.compareTo(total) > 0) {
			problems.add(new FieldProblem(at + "investmentByYear", "plan.investmentByYearAboveTotal", sum, total));
		}
		return byYear;
	}

	private static Plan.Effects effects(PlanCommand.EffectsInput e, String at, List<FieldProblem> problems) {
		if (e == null) {
			return Plan.Effects.NONE;
		}
		String[] names = { "tonnesUtilised", "tceSaved", "waterSaved", "co2Avoided" };
		BigDecimal[] values = { e.tonnesUtilised(), e.tceSaved(), e.waterSaved(), e.co2Avoided() };
		for (int i = 0; i < names.length; i++) {
			if (values[i] != null && values[i].signum() < 0) {
				problems.add(new FieldProblem(at + "effects." + names[i], "plan.effectNegative"));
			}
		}
		return new Plan.Effects(e.tonnesUtilised(), e.tceSaved(), e.waterSaved(), e.co2Avoided());
	}

	private static List<Plan.Milestone> milestones(PlanCommand.ProjectInput p, Plan.Project before, String at,
			List<FieldProblem> problems) {
		Set<Long> known = new HashSet<>();
		if (before != null) {
			before.milestones().forEach(m -> known.add(m.id()));
		}
		List<Plan.Milestone> milestones = new ArrayList<>();
		List<PlanCommand.MilestoneInput> ms = p.milestones() == null ? List.of() : p.milestones();
		for (int m = 0; m < ms.size(); m++) {
			PlanCommand.MilestoneInput mi = ms.get(m);
			if (mi == null || mi.name() == null || mi.name().isBlank() || mi.plannedDate() == null) {
				problems.add(new FieldProblem(at + "milestones[" + m + "]", "plan.milestone"));
				continue;
			}
			if (mi.id() != null && !known.remove(mi.id())) {
				problems.add(new FieldProblem(at + "milestones[" + m + "].id", "plan.milestoneUnknown", mi.id()));
				continue;
			}
			milestones.add(new Plan.Milestone(mi.id() == null ? 0 : mi.id(), mi.name().strip(), mi.plannedDate()));
		}
		return milestones;
	}
}
