package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.transformation.engine.Schedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The park's plan in force and its key projects against their milestones at a date (R19): for the case, the
 * acceptance application (R17) and the Gantt chart. The callers have checked who asks.
 */
@Component
@Transactional(readOnly = true)
public class ProjectSchedules {

	public record MilestoneState(long id, String name, LocalDate plannedDate, LocalDate reachedOn) {

		/** Planned by the date and not reached by then. */
		public boolean missedAt(LocalDate date) {
			return !plannedDate.isAfter(date) && (reachedOn == null || reachedOn.isAfter(date));
		}
	}

	public record ProjectState(long id, String name, Plan.Category category, String kind, String ownerCreditCode,
			BigDecimal investment, BigDecimal investmentMade, BigDecimal percentComplete, boolean onSchedule,
			List<MilestoneState> milestones) {
	}

	private final PlanStore store;
	private final JdbcClient jdbc;

	ProjectSchedules(PlanStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** The approved plan in force for the park (the latest approved revision), if any. */
	public Optional<Plan> inForce(String parkCode) {
		return store.ofPark(parkCode).stream().filter(p -> p.status() == Plan.Status.APPROVED).findFirst();
	}

	/** The park's plans, latest revision first. */
	public List<Plan> all(String parkCode) {
		return store.ofPark(parkCode);
	}

	/** The plan's projects at the date: milestones reached by then, the last progress reported by then. */
	public List<ProjectState> at(Plan plan, LocalDate date) {
		Long[] ids = plan.projects().stream().map(Plan.Project::id).toArray(Long[]::new);
		Map<Long, LocalDate> reached = new HashMap<>();
		jdbc.sql("select milestone_id, reached_on from milestone_reached where project_id = any(?) and reached_on <= ?")
			.params(ids, date)
			.query((rs, n) -> reached.put(rs.getLong(1), rs.getDate(2).toLocalDate())).list();
		Map<Long, BigDecimal[]> progress = new HashMap<>();
		jdbc.sql("""
				select distinct on (project_id) project_id,
				    (select sum(investment) from project_progress q where q.project_id = p.project_id and q.reported_on <= ?),
				    percent_complete
				from project_progress p where project_id = any(?) and reported_on <= ?
				order by project_id, reported_on desc, id desc""")
			.params(date, ids, date)
			.query((rs, n) -> progress.put(rs.getLong(1), new BigDecimal[] { rs.getBigDecimal(2), rs.getBigDecimal(3) }))
			.list();
		return plan.projects().stream().map(p -> {
			List<MilestoneState> ms = p.milestones().stream()
				.map(m -> new MilestoneState(m.id(), m.name(), m.plannedDate(), reached.get(m.id()))).toList();
			boolean onSchedule = Schedule.onSchedule(ms.stream()
				.map(m -> new Schedule.Milestone(m.plannedDate(), m.reachedOn())).toList(), date);
			BigDecimal[] made = progress.getOrDefault(p.id(), new BigDecimal[2]);
			return new ProjectState(p.id(), p.name(), p.category(), p.kind(), p.ownerCreditCode(), p.investment(),
					made[0], made[1], onSchedule, ms);
		}).toList();
	}
}
