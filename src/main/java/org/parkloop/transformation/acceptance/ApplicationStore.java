package org.parkloop.transformation.acceptance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.shared.Designation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The acceptance applications' rows with their decisions. */
@Repository
class ApplicationStore {

	private static final String COLUMNS = """
			select id, park_code, plan_id, year, applied_on, designation, status, test_result, version
			from acceptance_application """;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ApplicationStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(Application a, String by) {
		return jdbc.sql("""
				insert into acceptance_application (park_code, plan_id, year, applied_on, designation, status, test_result,
				    applied_by)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
			.params(a.parkCode(), a.planId(), a.year(), a.appliedOn(), a.designation().name(), a.status().name(),
					json.writeValueAsString(a.test()), by)
			.query(Long.class).single();
	}

	Optional<Application> find(long id, boolean forUpdate) {
		return jdbc.sql(COLUMNS + " where id = ?" + (forUpdate ? " for update" : "")).param(id).query(this::row)
			.optional().map(this::withDecisions);
	}

	List<Application> ofPark(String parkCode) {
		return jdbc.sql(COLUMNS + " where park_code = ? order by applied_on desc, id desc").param(parkCode)
			.query(this::row).list().stream().map(this::withDecisions).toList();
	}

	void decide(Application a, Application.Decision d, Application.Status status, String by) {
		jdbc.sql("""
				insert into acceptance_decision (application_id, stage, body, outcome, grade, document_number, decided_on,
				    reasons, steps, filing, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
			.params(a.id(), d.stage().name(), d.body().name(), d.outcome(), d.grade() == null ? null : d.grade().name(),
					d.documentNumber(), d.date(), d.reasons(), json.writeValueAsString(d.steps()),
					d.filing() == null ? null : json.writeValueAsString(d.filing()), by)
			.update();
		jdbc.sql("update acceptance_application set status = ?, version = version + 1 where id = ?")
			.params(status.name(), a.id()).update();
	}

	private Application withDecisions(Application a) {
		List<Application.Decision> decisions = jdbc.sql("""
				select stage, body, outcome, grade, document_number, decided_on, reasons, steps, filing
				from acceptance_decision where application_id = ? order by decided_on, id""")
			.param(a.id())
			.query((rs, n) -> new Application.Decision(Application.Stage.valueOf(rs.getString(1)),
					Application.Body.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4) == null ? null : Application.Grade.valueOf(rs.getString(4)), rs.getString(5),
					rs.getDate(6).toLocalDate(), rs.getString(7),
					json.readValue(rs.getString(8), new TypeReference<List<Application.Step>>() {
					}), rs.getString(9) == null ? null : json.readValue(rs.getString(9), Application.Filing.class)))
			.list();
		return new Application(a.id(), a.parkCode(), a.planId(), a.year(), a.appliedOn(), a.designation(), a.status(),
				a.test(), decisions, a.version());
	}

	private Application row(ResultSet rs, int n) throws SQLException {
		return new Application(rs.getLong("id"), rs.getString("park_code"), rs.getLong("plan_id"), rs.getInt("year"),
				rs.getDate("applied_on").toLocalDate(), Designation.valueOf(rs.getString("designation")),
				Application.Status.valueOf(rs.getString("status")),
				json.readValue(rs.getString("test_result"), ParkIndicators.AcceptanceTest.class), List.of(),
				rs.getLong("version"));
	}
}
