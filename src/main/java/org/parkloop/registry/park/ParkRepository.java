package org.parkloop.registry.park;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.platform.RowVersions;
import org.parkloop.registry.ParkLifecycle;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.ParkLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParkRepository {

	private static final String COLUMNS = "code, seq, name_zh, name_en, level, administered_by, planned_area_km2, "
			+ "target_batch, merged_into, focus, note, established_on, merged_on, revoked_on, version";

	private final JdbcClient jdbc;
	private final RowVersions versions;
	private final org.springframework.context.ApplicationEventPublisher events;

	ParkRepository(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.versions = new RowVersions(jdbc, "park", "code");
	}

	/** Every change of a park's record starts here, in its transaction (see {@link RowVersions}). */
	long claim(String code, ExpectedVersion expected) {
		return versions.claim(code, expected, () -> new NotFound("park.notFound", code));
	}

	List<ParkView> all() {
		Map<String, List<ParkLifecycle.LevelChange>> changes = levelChanges(null);
		return jdbc.sql("select " + COLUMNS + " from park order by seq, code")
			.query((rs, n) -> map(rs, changes.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	Optional<ParkView> find(String code) {
		Map<String, List<ParkLifecycle.LevelChange>> changes = levelChanges(code);
		return jdbc.sql("select " + COLUMNS + " from park where code = ?").param(code)
			.query((rs, n) -> map(rs, changes.getOrDefault(code, List.of())))
			.optional();
	}

	int nextSeq() {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from park").query(Integer.class).single();
	}

	/** Inserts parks without their merge targets; {@link #setMergedInto} follows, so rows may refer to each other. */
	void insert(ParkCommand c, int seq) {
		jdbc.sql("""
				insert into park (code, seq, name_zh, name_en, level, administered_by, planned_area_km2, target_batch,
				                  focus, note, established_on)
				values (:code, :seq, :nameZh, :nameEn, :level, :administeredBy, :area, :batch, :focus, :note,
				        :establishedOn)""")
			.param("code", c.code())
			.param("seq", seq)
			.param("level", ParkLevel.parse(c.level()).orElseThrow().name())
			.params(fields(c))
			.update();
	}

	/** Everything but the level and the merge, which have their own dated history. */
	void update(ParkCommand c) {
		jdbc.sql("""
				update park set name_zh = :nameZh, name_en = :nameEn, administered_by = :administeredBy,
				       planned_area_km2 = :area, target_batch = :batch, focus = :focus, note = :note,
				       established_on = :establishedOn
				where code = :code""")
			.param("code", c.code())
			.params(fields(c))
			.update();
	}

	/** Corrects the level from the start: the park always had it, and no dated change remains. */
	void correctLevel(String code, ParkLevel level) {
		jdbc.sql("delete from park_level_change where park_code = ?").param(code).update();
		jdbc.sql("update park set level = ? where code = ?").params(level.name(), code).update();
	}

	void addLevelChange(String code, LocalDate date, ParkLevel level, String comment, String by) {
		jdbc.sql("""
				insert into park_level_change (park_code, effective_date, level, comment, recorded_by)
				values (?, ?, ?, ?, ?)""")
			.params(code, date, level.name(), comment, by)
			.update();
	}

	/** The merge from the start (date null) or from a date; a null target undoes it. Announced when it changed. */
	void setMergedInto(String code, String mergedInto, LocalDate mergedOn) {
		LocalDate on = mergedInto == null ? null : mergedOn;
		int changed = jdbc.sql("""
				update park set merged_into = ?, merged_on = ?
				where code = ? and (merged_into is distinct from ? or merged_on is distinct from ?)""")
			.params(mergedInto, on, code, mergedInto, on)
			.update();
		if (changed > 0) {
			events.publishEvent(new org.parkloop.registry.ParkMergeChanged(code, mergedInto, on));
		}
	}

	void setMergedInto(String code, String mergedInto) {
		setMergedInto(code, mergedInto, null);
	}

	void revoke(String code, LocalDate date) {
		jdbc.sql("update park set revoked_on = ? where code = ?").params(date, code).update();
	}

	private Map<String, List<ParkLifecycle.LevelChange>> levelChanges(String code) {
		Map<String, List<ParkLifecycle.LevelChange>> byPark = new HashMap<>();
		jdbc.sql("select park_code, effective_date, level from park_level_change"
				+ (code == null ? "" : " where park_code = :code") + " order by park_code, effective_date")
			.params(code == null ? Map.of() : Map.of("code", code))
			.query((rs, n) -> byPark.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new ParkLifecycle.LevelChange(rs.getDate(2).toLocalDate(), ParkLevel.valueOf(rs.getString(3)))))
			.list();
		return byPark;
	}

	private static Map<String, Object> fields(ParkCommand c) {
		Map<String, Object> m = new HashMap<>();
		m.put("nameZh", c.nameZh());
		m.put("nameEn", c.nameEn());
		m.put("administeredBy", c.administeredBy());
		m.put("area", c.plannedAreaKm2());
		m.put("batch", c.targetBatch());
		m.put("focus", Boolean.TRUE.equals(c.focus()));
		m.put("note", c.note());
		m.put("establishedOn", c.establishedOn());
		return m;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static ParkView map(ResultSet rs, List<ParkLifecycle.LevelChange> changes) throws SQLException {
		ParkLifecycle lifecycle = new ParkLifecycle(date(rs, "established_on"), ParkLevel.valueOf(rs.getString("level")),
				changes, date(rs, "merged_on"), date(rs, "revoked_on"));
		return new ParkView(rs.getString("code"), rs.getInt("seq"), rs.getString("name_zh"), rs.getString("name_en"),
				lifecycle.currentLevel(), rs.getString("administered_by"), org.parkloop.shared.Quantity.plain(rs.getBigDecimal("planned_area_km2")),
				(Integer) rs.getObject("target_batch"), rs.getString("merged_into"), rs.getBoolean("focus"),
				rs.getString("note"), lifecycle, rs.getLong("version"));
	}
}
