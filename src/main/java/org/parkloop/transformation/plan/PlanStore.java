package org.parkloop.transformation.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plans' rows: a plan with its targets, projects and milestones, read and written together. */
@Repository
class PlanStore {

	private static final String COLUMNS = """
			id, park_code, revision, status, consultancy_credit_code, route, base_year, start_year, end_year, model_id,
			sections, submitted_on, conclusion, decided_on, document_number, comment, amends, version""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PlanStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(Plan p, String by) {
		long id = jdbc.sql("""
				insert into plan (park_code, revision, status, consultancy_credit_code, route, base_year, start_year,
				    end_year, model_id, sections, amends, created_by)
				values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
			.params(p.parkCode(), p.revision(), p.consultancyCreditCode(), p.route().name(), p.baseYear(), p.startYear(),
					p.endYear(), p.modelId(), json.writeValueAsString(p.sections()), p.amends(), by)
			.query(Long.class).single();
		insertContent(id, p);
		return id;
	}

	/** A draft's new content (its version checked by the caller): consultancy, route, years, targets, projects. */
	void replaceContent(long id, Plan p) {
		jdbc.sql("""
				update plan set consultancy_credit_code = ?, route = ?, base_year = ?, start_year = ?, end_year = ?,
				    model_id = ?, sections = cast(? as jsonb), version = version + 1 where id = ?""")
			.params(p.consultancyCreditCode(), p.route().name(), p.baseYear(), p.startYear(), p.endYear(), p.modelId(),
					json.writeValueAsString(p.sections()), id)
			.update();
		jdbc.sql("delete from plan_milestone where plan_id = ?").param(id).update();
		jdbc.sql("delete from plan_project where plan_id = ?").param(id).update();
		jdbc.sql("delete from plan_target where plan_id = ?").param(id).update();
		insertContent(id, p);
	}

	private void insertContent(long id, Plan p) {
		for (Plan.Target t : p.targets()) {
			jdbc.sql("insert into plan_target (plan_id, code, baseline, target) values (?, ?, ?, ?)")
				.params(id, t.code(), t.baseline(), t.target()).update();
		}
		int position = 0;
		for (Plan.Project project : p.projects()) {
			long projectId = project.id() > 0 ? project.id()
					: jdbc.sql("select nextval('plan_project_id')").query(Long.class).single();
			jdbc.sql("""
					insert into plan_project (plan_id, project_id, position, name, category, kind, owner_credit_code, investment,
					    investment_by_year, effects)
					values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
				.params(id, projectId, position++, project.name(), project.category().name(), project.kind(),
						project.ownerCreditCode(), project.investment(), json.writeValueAsString(project.investmentByYear()),
						json.writeValueAsString(project.effects()))
				.update();
			int m = 0;
			for (Plan.Milestone milestone : project.milestones()) {
				long milestoneId = milestone.id() > 0 ? milestone.id()
						: jdbc.sql("select nextval('plan_milestone_id')").query(Long.class).single();
				jdbc.sql("""
						insert into plan_milestone (plan_id, milestone_id, project_id, position, name, planned_date)
						values (?, ?, ?, ?, ?, ?)""")
					.params(id, milestoneId, projectId, m++, milestone.name(), milestone.plannedDate()).update();
			}
		}
	}

	void status(long id, Plan.Status status) {
		jdbc.sql("update plan set status = ?, version = version + 1 where id = ?").params(status.name(), id).update();
	}

	/** The decision on the plan: approved or rejected by the body, or returned with a comment. */
	void decide(long id, Plan.Status status, String body, java.time.LocalDate date, String documentNumber,
			String comment) {
		jdbc.sql("""
				update plan set status = ?, decision_body = ?, decided_on = ?, document_number = ?, comment = ?,
				    version = version + 1 where id = ?""")
			.params(status.name(), body, date, documentNumber, comment, id).update();
	}

	void conclude(long id, String opinion) {
		jdbc.sql("update plan set conclusion = ?, version = version + 1 where id = ?").params(opinion, id).update();
	}

	void recordDecision(long id, Plan.Decision d, String by) {
		jdbc.sql("""
				insert into plan_decision (plan_id, body, document_number, decided_on, outcome, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, d.body(), d.documentNumber(), d.date(), d.outcome(), by).update();
	}

	Optional<Plan> find(long id, boolean forUpdate) {
		return jdbc.sql("select " + COLUMNS + " from plan where id = ?" + (forUpdate ? " for update" : "")).param(id)
			.query(this::row).optional().map(this::complete);
	}

	/** The park's plans, latest revision first. */
	List<Plan> ofPark(String parkCode) {
		return jdbc.sql("select " + COLUMNS + " from plan where park_code = ? order by revision desc").param(parkCode)
			.query(this::row).list().stream().map(this::complete).toList();
	}

	boolean assignedExpert(long id, String username) {
		return jdbc.sql("select count(*) from plan_expert where plan_id = ? and username = ?").params(id, username)
			.query(Integer.class).single() > 0;
	}

	boolean submit(long id, long version, java.time.LocalDate date) {
		return jdbc.sql("update plan set status = 'SUBMITTED', submitted_on = ?, version = version + 1 where id = ? and version = ?")
			.params(date, id, version).update() == 1;
	}

	private Plan complete(Plan p) {
		List<Plan.Target> targets = jdbc.sql("select code, baseline, target from plan_target where plan_id = ? order by code")
			.param(p.id())
			.query((rs, n) -> new Plan.Target(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).list();
		Map<Long, List<Plan.Milestone>> milestones = new LinkedHashMap<>();
		jdbc.sql("select project_id, milestone_id, name, planned_date from plan_milestone where plan_id = ? order by position")
			.param(p.id())
			.query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Plan.Milestone(rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate())))
			.list();
		List<Plan.Project> projects = jdbc.sql("""
				select project_id, name, category, kind, owner_credit_code, investment, investment_by_year, effects
				from plan_project where plan_id = ? order by position""")
			.param(p.id())
			.query((rs, n) -> new Plan.Project(rs.getLong(1), rs.getString(2), Plan.Category.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5) == null ? null : rs.getString(5).strip(), rs.getBigDecimal(6),
					new java.util.TreeMap<>(json.readValue(rs.getString(7), new TypeReference<Map<Integer, java.math.BigDecimal>>() {
					})), json.readValue(rs.getString(8), Plan.Effects.class),
					milestones.getOrDefault(rs.getLong(1), List.of())))
			.list();
		List<Plan.ExpertReview> experts = jdbc.sql("select username, score, opinion from plan_expert where plan_id = ? order by username")
			.param(p.id())
			.query((rs, n) -> new Plan.ExpertReview(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3))).list();
		Plan.Review review = new Plan.Review(experts, p.review().conclusion(), p.review().decidedOn(),
				p.review().documentNumber(), p.review().comment());
		List<Plan.Decision> decisions = jdbc.sql("""
				select body, document_number, decided_on, outcome from plan_decision where plan_id = ? order by id""")
			.param(p.id())
			.query((rs, n) -> new Plan.Decision(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getString(4)))
			.list();
		return new Plan(p.id(), p.parkCode(), p.revision(), p.status(), p.consultancyCreditCode(), p.route(), p.baseYear(),
				p.startYear(), p.endYear(), p.modelId(), p.sections(), targets, projects, p.submittedOn(), review,
				p.amends(), decisions, p.version());
	}

	private Plan row(ResultSet rs, int n) throws SQLException {
		Map<String, String> sections = json.readValue(rs.getString("sections"), new TypeReference<Map<String, String>>() {
		});
		return new Plan(rs.getLong("id"), rs.getString("park_code"), rs.getInt("revision"),
				Plan.Status.valueOf(rs.getString("status")), rs.getString("consultancy_credit_code").strip(),
				Plan.Route.valueOf(rs.getString("route")), rs.getInt("base_year"), rs.getInt("start_year"),
				rs.getInt("end_year"), (Long) rs.getObject("model_id"), sections, List.of(), List.of(),
				rs.getDate("submitted_on") == null ? null : rs.getDate("submitted_on").toLocalDate(),
				new Plan.Review(List.of(), rs.getString("conclusion"),
						rs.getDate("decided_on") == null ? null : rs.getDate("decided_on").toLocalDate(),
						rs.getString("document_number"), rs.getString("comment")),
				(Long) rs.getObject("amends"), List.of(), rs.getLong("version"));
	}
}
