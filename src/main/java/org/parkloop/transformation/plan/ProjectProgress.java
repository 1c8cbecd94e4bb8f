package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports on the key projects of a park's approved plan (R19), by the owner enterprise or the park's office:
 * date, investment made, milestones reached (with their dates), percent complete.
 */
@Service
@Transactional
class ProjectProgress {

	record Reached(@Min(1) @Max(Long.MAX_VALUE) Long id, @Size(max = 200) String name, LocalDate date) {
	}

	record Report(LocalDate date, @DecimalMax("1e15") BigDecimal investment, @Size(max = 50) List<Reached> milestonesReached,
			@DecimalMax("100") BigDecimal percentComplete) {
	}

	/** A report as stored: who reported what, when. */
	record Reported(LocalDate date, BigDecimal investment, BigDecimal percentComplete, String reportedBy) {
	}

	/** A project of the plan in force as its page shows it, with the reports on it. */
	record ProjectPage(Plan plan, ProjectSchedules.ProjectState project, List<Reported> reports, boolean mayReport) {
	}

	private final PlanStore store;
	private final ProjectSchedules schedules;
	private final CurrentCaller callers;
	private final Audit audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	private final org.parkloop.registry.ParkAccess access;

	ProjectProgress(PlanStore store, ProjectSchedules schedules, org.parkloop.registry.ParkAccess access,
			CurrentCaller callers, Audit audit, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.store = store;
		this.schedules = schedules;
		this.callers = callers;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The project for its owner enterprise, the park's offices and CITY: the plan in force, the project today, the
	 * reports in date order, and whether the caller may report.
	 */
	@Transactional(readOnly = true)
	ProjectPage page(long projectId) {
		Plan plan = approvedPlanOf(projectId);
		boolean mayReport = mayReport(plan, projectId);
		if (!mayReport && !access.canReadAsOffice(access.checkRead(plan.parkCode()))) {
			throw new Forbidden("access.park", plan.parkCode());
		}
		ProjectSchedules.ProjectState state = schedules.at(plan, LocalDate.now(clock)).stream()
			.filter(p -> p.id() == projectId).findFirst().orElseThrow();
		List<Reported> reports = jdbc.sql("""
				select reported_on, investment, percent_complete, reported_by from project_progress
				where project_id = ? order by reported_on, id""")
			.param(projectId)
			.query((rs, n) -> new Reported(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getString(4)))
			.list();
		return new ProjectPage(plan, state, reports, mayReport);
	}

	private boolean mayReport(Plan plan, long projectId) {
		Plan.Project project = plan.projects().stream().filter(p -> p.id() == projectId).findFirst().orElseThrow();
		return (project.ownerCreditCode() != null
				&& callers.get().scopes(Role.ENTERPRISE).contains(project.ownerCreditCode()))
				|| callers.get().scopes(Role.PARK).contains(plan.parkCode());
	}

	/** A progress report on a project of the park's approved plan, by its owner enterprise or the park's office. */
	ProjectSchedules.ProjectState report(long projectId, Report r) {
		Inputs.check(r);
		Plan plan = approvedPlanOf(projectId);
		Plan.Project project = plan.projects().stream().filter(p -> p.id() == projectId).findFirst().orElseThrow();
		if (!mayReport(plan, projectId)) {
			throw new Forbidden("access.project.progress");
		}
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		if (r.date() == null || r.date().isAfter(today)) {
			problems.add(new FieldProblem("date", "project.progressDate"));
		}
		if (r.percentComplete() != null && r.percentComplete().signum() < 0) {
			problems.add(new FieldProblem("percentComplete", "project.percent"));
		}
		if (r.investment() != null && r.investment().signum() < 0) {
			problems.add(new FieldProblem("investment", "plan.investment"));
		}
		Map<Long, LocalDate> reached = new HashMap<>();
		List<Reached> given = r.milestonesReached() == null ? List.of() : r.milestonesReached();
		for (int i = 0; i < given.size(); i++) {
			Reached m = given.get(i);
			Optional<Plan.Milestone> milestone = project.milestones().stream()
				.filter(x -> m != null && ((m.id() != null && x.id() == m.id()) || (m.id() == null && x.name().equals(m.name()))))
				.findFirst();
			if (milestone.isEmpty()) {
				problems.add(new FieldProblem("milestonesReached[" + i + "]", "project.milestoneUnknown",
						m == null ? "" : m.id() != null ? m.id() : m.name()));
			}
			else if (m.date() == null || (r.date() != null && m.date().isAfter(r.date()))) {
				problems.add(new FieldProblem("milestonesReached[" + i + "].date", "project.milestoneDate"));
			}
			else {
				reached.put(milestone.get().id(), m.date());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long progressId = jdbc.sql("""
				insert into project_progress (park_code, project_id, reported_on, investment, percent_complete, reported_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(plan.parkCode(), projectId, r.date(), r.investment(), r.percentComplete(), callers.get().username())
			.query(Long.class).single();
		reached.forEach((milestone, date) -> jdbc.sql("""
				insert into milestone_reached (milestone_id, project_id, reached_on, progress_id) values (?, ?, ?, ?)
				on conflict (milestone_id) do nothing""").params(milestone, projectId, date, progressId).update());
		audit.record("PROGRESS", "plan_project", String.valueOf(projectId), r.date() + " " + r.percentComplete() + "% "
				+ r.investment() + " 元, milestones " + reached.keySet());
		return schedules.at(plan, today).stream().filter(p -> p.id() == projectId).findFirst().orElseThrow();
	}

	private Plan approvedPlanOf(long projectId) {
		return jdbc.sql("""
				select p.id from plan p join plan_project pp on pp.plan_id = p.id
				where pp.project_id = ? and p.status = 'APPROVED' order by p.revision desc limit 1""")
			.param(projectId).query(Long.class).optional()
			.flatMap(id -> store.find(id, false))
			.orElseThrow(() -> new NotFound("project.notFound", projectId));
	}
}
