package org.parkloop.indicators.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.indicators.engine.Direction;
import org.parkloop.indicators.engine.Formula;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's indicator values of a year as the offices see them: the stored value of each definition in force that
 * year, and whether it is complete. Missing: the enterprises registered in the park (and the parks merged into it)
 * by the end of the following year, when the year's data is collected, without an accepted submission of the year
 * there, when the formula uses enterprises' items; the park itself, when it uses the park's own items and the park
 * has none accepted.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValues {

	/** One indicator of a park-year; {@code countedFor} names the park whose values these are, if it is another. */
	public record ParkIndicator(String code, String nameZh, String nameEn, BigDecimal value, String unit,
			Direction direction, boolean complete, List<String> missing, String countedFor) {
	}

	private final JdbcClient jdbc;
	private final IndicatorCatalogue catalogue;
	private final ParkValues values;
	private final ParkAccess access;
	private final EnterpriseRegistry enterprises;

	IndicatorValues(JdbcClient jdbc, IndicatorCatalogue catalogue, ParkValues values, ParkAccess access,
			EnterpriseRegistry enterprises) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.values = values;
		this.access = access;
		this.enterprises = enterprises;
	}

	/** The park, checked: only its offices (and CITY) see its indicators and who is missing. */
	public ParkView checkOffice(String parkCode) {
		return access.checkReadAsOffice(parkCode);
	}

	public List<ParkIndicator> of(String parkCode, int year) {
		checkOffice(parkCode);
		String park = values.countsFor(parkCode, year);
		List<String> members = values.members(park, year);
		Map<String, BigDecimal> stored = new HashMap<>();
		Set<String> computed = new HashSet<>();
		jdbc.sql("select e.key, e.value from ind_park_value, jsonb_each_text(indicator_values) e where park_code = ? and year = ?")
			.params(park, year)
			.query((rs, n) -> {
				computed.add(rs.getString(1));
				return rs.getBigDecimal(2) == null ? null : stored.put(rs.getString(1), Quantity.plain(rs.getBigDecimal(2)));
			}).list();
		Set<String> accepted = new HashSet<>(jdbc.sql("""
				select distinct coalesce(credit_code, '@' || park_code) from ind_submission
				where status = 'ACCEPTED' and year = ? and park_code = any(?)""")
			.params(year, members.toArray(String[]::new)).query(String.class).list());
		java.time.LocalDate collected = java.time.LocalDate.of(year + 1, 12, 31);
		List<String> missingEnterprises = members.stream().flatMap(m -> enterprises.registeredBy(m, collected).stream())
			.map(EnterpriseRegistry.Listed::creditCode).filter(c -> !accepted.contains(c)).sorted().toList();
		boolean parkMissing = !accepted.contains("@" + park);
		Map<String, String> levels = catalogue.items().stream()
			.collect(Collectors.toMap(IndicatorCatalogue.Item::code, IndicatorCatalogue.Item::level));
		List<ParkIndicator> list = new ArrayList<>();
		for (IndicatorCatalogue.Definition d : catalogue.definitions(year)) {
			Set<String> items = Formula.parse(d.formula(), levels.keySet()).items();
			List<String> missing = new ArrayList<>();
			if (items.stream().anyMatch(i -> "ENTERPRISE".equals(levels.get(i)))) {
				missing.addAll(missingEnterprises);
			}
			if (parkMissing && items.stream().anyMatch(i -> "PARK".equals(levels.get(i)))) {
				missing.add(park);
			}
			list.add(new ParkIndicator(d.code(), d.nameZh(), d.nameEn(), stored.get(d.code()), d.unit(), d.direction(),
					missing.isEmpty() && computed.contains(d.code()), missing, park.equals(parkCode) ? null : park));
		}
		return list;
	}

	/** Each indicator of a park over the years that have a value, for its trend: code → year → value. */
	public Map<String, Map<Integer, BigDecimal>> trends(String parkCode) {
		checkOffice(parkCode);
		Map<String, Map<Integer, BigDecimal>> m = new java.util.TreeMap<>();
		jdbc.sql("""
				select e.key, year, e.value from ind_park_value, jsonb_each_text(indicator_values) e
				where park_code = ? and e.value is not null order by e.key, year""")
			.param(parkCode)
			.query((rs, n) -> m.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
				.put(rs.getInt(2), Quantity.plain(rs.getBigDecimal(3))))
			.list();
		return m;
	}

	/** Every park's value of one indicator in a year (CITY's comparison), by park code. */
	public Map<String, BigDecimal> across(String code, int year) {
		access.checkCity();
		Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
		jdbc.sql("select park_code, indicator_values ->> :code from ind_park_value where year = :year and indicator_values ->> :code is not null")
			.param("code", code).param("year", year).query((rs, n) -> m.put(rs.getString(1), Quantity.plain(rs.getBigDecimal(2)))).list();
		return m;
	}

}
