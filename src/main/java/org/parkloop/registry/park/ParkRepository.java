package org.parkloop.registry.park;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.parkloop.registry.ParkView;
import org.parkloop.shared.ParkLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParkRepository {

	private static final String COLUMNS = "code, seq, name_zh, name_en, level, administered_by, planned_area_km2, "
			+ "target_batch, merged_into, focus, note";

	private final JdbcClient jdbc;

	ParkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ParkView> all() {
		return jdbc.sql("select " + COLUMNS + " from park order by seq, code").query(ParkRepository::map).list();
	}

	Optional<ParkView> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from park where code = ?").param(code).query(ParkRepository::map).optional();
	}

	int nextSeq() {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from park").query(Integer.class).single();
	}

	/** Inserts parks without their merge targets; {@link #setMergedInto} follows, so rows may refer to each other. */
	void insert(ParkCommand c, int seq) {
		jdbc.sql("""
				insert into park (code, seq, name_zh, name_en, level, administered_by, planned_area_km2, target_batch,
				                  focus, note)
				values (:code, :seq, :nameZh, :nameEn, :level, :administeredBy, :area, :batch, :focus, :note)""")
			.param("code", c.code())
			.param("seq", seq)
			.params(fields(c))
			.update();
	}

	void update(ParkCommand c) {
		jdbc.sql("""
				update park set name_zh = :nameZh, name_en = :nameEn, level = :level, administered_by = :administeredBy,
				       planned_area_km2 = :area, target_batch = :batch, focus = :focus, note = :note,
				       version = version + 1
				where code = :code""")
			.param("code", c.code())
			.params(fields(c))
			.update();
	}

	void setMergedInto(String code, String mergedInto) {
		jdbc.sql("update park set merged_into = ? where code = ?").params(mergedInto, code).update();
	}

	private static java.util.Map<String, Object> fields(ParkCommand c) {
		java.util.Map<String, Object> m = new java.util.HashMap<>();
		m.put("nameZh", c.nameZh());
		m.put("nameEn", c.nameEn());
		m.put("level", ParkLevel.parse(c.level()).orElseThrow().name());
		m.put("administeredBy", c.administeredBy());
		m.put("area", c.plannedAreaKm2());
		m.put("batch", c.targetBatch());
		m.put("focus", Boolean.TRUE.equals(c.focus()));
		m.put("note", c.note());
		return m;
	}

	private static java.math.BigDecimal plain(java.math.BigDecimal d) {
		if (d == null) {
			return null;
		}
		java.math.BigDecimal s = d.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

	private static ParkView map(ResultSet rs, int n) throws SQLException {
		return new ParkView(rs.getString("code"), rs.getInt("seq"), rs.getString("name_zh"), rs.getString("name_en"),
				ParkLevel.valueOf(rs.getString("level")), rs.getString("administered_by"),
				plain(rs.getBigDecimal("planned_area_km2")),
				(Integer) rs.getObject("target_batch"), rs.getString("merged_into"), rs.getBoolean("focus"),
				rs.getString("note"));
	}
}
