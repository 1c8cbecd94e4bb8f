package org.parkloop.transformation.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.StatusChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TransitionRepository {

	private static final String COLUMNS = "park_code, seq, effective_date, status, designation, note, recorded_by, recorded_at";

	private final JdbcClient jdbc;

	TransitionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ParkCase load(String parkCode) {
		return new ParkCase(parkCode, jdbc.sql("select " + COLUMNS + " from park_transition where park_code = ? order by seq")
			.param(parkCode)
			.query(TransitionRepository::map)
			.list());
	}

	/** Every park's own transitions, by park code, oldest first. */
	Map<String, List<StatusChange>> all() {
		record Row(String park, StatusChange change) {
		}
		return jdbc.sql("select " + COLUMNS + " from park_transition order by park_code, seq")
			.query((rs, n) -> new Row(rs.getString("park_code"), map(rs, n)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::park, Collectors.mapping(Row::change, Collectors.toList())));
	}

	/** The unique (park, seq) key makes a concurrent second append fail instead of forking the history. */
	void append(String parkCode, StatusChange t) {
		jdbc.sql("""
				insert into park_transition (park_code, seq, effective_date, status, designation, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(parkCode, t.seq(), t.effectiveDate(), t.status().name(), t.designation().name(), t.note(),
					t.recordedBy())
			.update();
	}

	boolean anyExist() {
		return jdbc.sql("select exists (select 1 from park_transition)").query(Boolean.class).single();
	}

	private static StatusChange map(ResultSet rs, int n) throws SQLException {
		return new StatusChange(rs.getInt("seq"), rs.getDate("effective_date").toLocalDate(),
				TransformationStatus.valueOf(rs.getString("status")), Designation.valueOf(rs.getString("designation")),
				rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}
}
