package org.parkloop.transformation.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.transformation.KeyProjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan in force on a date: of the park's revisions approved by then (approved or since superseded), the one
 * approved last; its projects with the milestones reached and the progress reports made by that date.
 */
@Component
@Transactional(readOnly = true)
class KeyProjectsInForce implements KeyProjects {

	private final PlanStore store;
	private final ProjectSchedules schedules;
	private final JdbcClient jdbc;

	KeyProjectsInForce(PlanStore store, ProjectSchedules schedules, JdbcClient jdbc) {
		this.store = store;
		this.schedules = schedules;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PlanInForce> inForce(String parkCode, LocalDate date) {
		Optional<Plan> plan = store.ofPark(parkCode).stream()
			.filter(p -> (p.status() == Plan.Status.APPROVED || p.status() == Plan.Status.SUPERSEDED)
					&& p.review() != null && p.review().decidedOn() != null && !p.review().decidedOn().isAfter(date))
			.max(Comparator.comparing((Plan p) -> p.review().decidedOn()).thenComparing(Plan::revision));
		return plan.map(p -> new PlanInForce(p.id(), p.revision(), p.review().decidedOn(), p.review().documentNumber(),
				projects(p, date)));
	}

	@Override
	public Optional<Project> project(String parkCode, long projectId, LocalDate date) {
		return store.ofPark(parkCode).stream()
			.filter(p -> p.projects().stream().anyMatch(x -> x.id() == projectId))
			.max(Comparator.comparing(Plan::revision))
			.flatMap(p -> projects(p, date).stream().filter(x -> x.id() == projectId).findFirst());
	}

	/** The plan's projects at the date, with their progress reports made by then. */
	private List<Project> projects(Plan p, LocalDate date) {
		Map<Long, Integer> reports = new HashMap<>();
		jdbc.sql("select project_id, count(*) from project_progress where project_id = any(?) and reported_on <= ? group by 1")
			.params(p.projects().stream().map(Plan.Project::id).toArray(Long[]::new), date)
			.query((rs, n) -> reports.put(rs.getLong(1), rs.getInt(2))).list();
		return schedules.at(p, date).stream()
			.map(s -> new Project(s.id(), s.name(), s.category().name(), s.kind(), s.ownerCreditCode(), s.investment(),
					s.milestones().stream().map(m -> new Milestone(m.id(), m.name(), m.plannedDate(), m.reachedOn())).toList(),
					reports.getOrDefault(s.id(), 0), s.investmentMade(), s.percentComplete()))
			.toList();
	}

	@Override
	public Optional<LocalDate> reachedOn(long milestoneId) {
		return jdbc.sql("select min(reached_on) from milestone_reached where milestone_id = ?").param(milestoneId)
			.query((rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).optional();
	}
}
