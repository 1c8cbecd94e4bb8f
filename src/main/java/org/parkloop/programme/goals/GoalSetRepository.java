package org.parkloop.programme.goals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.parkloop.platform.RowVersions;
import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.GoalKind;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class GoalSetRepository {

	private final JdbcClient jdbc;
	private final RowVersions versions;

	GoalSetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.versions = new RowVersions(jdbc, "goal_set", "id");
	}

	/** Every change of a goal set starts here, in its transaction (see {@link RowVersions}). */
	long claim(long id, ExpectedVersion expected) {
		return versions.claim(id, expected, () -> new NotFound("goalSet.notFound", id));
	}

	List<GoalSet> all() {
		return jdbc.sql("select id from goal_set order by id").query(Long.class).list().stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	Optional<GoalSet> find(long id) {
		return jdbc.sql("select id, name_zh, name_en, description, version from goal_set where id = ?")
			.param(id)
			.query((rs, n) -> new GoalSet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), goals(id),
					rs.getLong(5)))
			.optional();
	}

	long insert(GoalSet set) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into goal_set (name_zh, name_en, description) values (?, ?, ?)")
			.params(set.nameZh(), set.nameEn(), set.description())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertGoals(id, set.goals());
		return id;
	}

	void update(long id, GoalSet set) {
		jdbc.sql("update goal_set set name_zh = ?, name_en = ?, description = ? where id = ?")
			.params(set.nameZh(), set.nameEn(), set.description(), id)
			.update();
		jdbc.sql("delete from goal where goal_set_id = ?").param(id).update();
		insertGoals(id, set.goals());
	}

	private void insertGoals(long setId, List<Goal> goals) {
		int position = 1;
		for (Goal g : goals) {
			jdbc.sql("""
					insert into goal (goal_set_id, position, kind, deadline, level, min_status, percent, designation,
					                  min_count, max_count, batch, label_zh, label_en)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(setId, position++, g.kind().name(), g.deadline(), name(g.level()), name(g.minStatus()),
						g.percent(), name(g.designation()), g.minCount(), g.maxCount(), g.batch(), g.labelZh(),
						g.labelEn())
				.update();
		}
	}

	private List<Goal> goals(long setId) {
		return jdbc.sql("""
				select id, kind, deadline, level, min_status, percent, designation, min_count, max_count, batch,
				       label_zh, label_en
				from goal where goal_set_id = ? order by position""")
			.param(setId)
			.query(GoalSetRepository::goal)
			.list();
	}

	private static Goal goal(ResultSet rs, int n) throws SQLException {
		BigDecimal percent = rs.getBigDecimal("percent");
		return new Goal(rs.getLong("id"), GoalKind.valueOf(rs.getString("kind")), rs.getDate("deadline").toLocalDate(),
				rs.getString("level") == null ? null : ParkLevel.valueOf(rs.getString("level")),
				rs.getString("min_status") == null ? null : TransformationStatus.valueOf(rs.getString("min_status")),
				percent == null ? null : percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros(),
				rs.getString("designation") == null ? null : Designation.valueOf(rs.getString("designation")),
				(Integer) rs.getObject("min_count"), (Integer) rs.getObject("max_count"), (Integer) rs.getObject("batch"),
				rs.getString("label_zh"), rs.getString("label_en"));
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}
}
