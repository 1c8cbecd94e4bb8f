package org.parkloop.indicators.values;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.indicators.ParkIndicators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What other modules read of the reported values (one item per enterprise of a park and year) and hand back as
 * derived park-level figures (kept apart from the parks' submissions, marked with their source). No access checks
 * here: the facade checks the caller.
 */
@Repository
public class DerivedValues {

	private final JdbcClient jdbc;

	DerivedValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, Map<String, BigDecimal>> enterpriseValues(String parkCode, int year, Set<String> items) {
		Map<String, Map<String, BigDecimal>> out = new HashMap<>();
		jdbc.sql("""
				select s.credit_code, v.item, v.canonical from ind_submission s
				join ind_submission_value v on v.submission_id = s.id
				where s.status = 'ACCEPTED' and not s.superseded and s.credit_code is not null and s.park_code = ?
				  and s.year = ? and v.item = any(?)""")
			.params(parkCode, year, items.toArray(String[]::new))
			.query((rs, n) -> out.computeIfAbsent(rs.getString(1).strip(), k -> new HashMap<>())
				.put(rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return out;
	}

	public void put(String parkCode, int year, String source, List<ParkIndicators.DerivedItem> items) {
		jdbc.sql("delete from ind_derived_value where park_code = ? and year = ? and source = ?")
			.params(parkCode, year, source).update();
		for (ParkIndicators.DerivedItem i : items) {
			jdbc.sql("""
					insert into ind_derived_value (park_code, year, source, item, name_zh, name_en, value, unit)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(parkCode, year, source, i.code(), i.nameZh(), i.nameEn(), i.value(), i.unit()).update();
		}
	}

	public List<ParkIndicators.Derived> of(String parkCode, Integer year) {
		return jdbc.sql("""
				select year, source, item, name_zh, name_en, value, unit from ind_derived_value
				where park_code = ? and (cast(? as integer) is null or year = ?) order by year, source, item""")
			.params(parkCode, year, year)
			.query((rs, n) -> new ParkIndicators.Derived(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBigDecimal(6), rs.getString(7)))
			.list();
	}
}
