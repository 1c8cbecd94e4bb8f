package org.parkloop.indicators.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.indicators.engine.Formula;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parks' indicator values of a year as the public may see them (R13): an indicator whose formula uses
 * enterprises' items is withheld when fewer than {@link ParkIndicators#PUBLIC_MINIMUM} enterprises' accepted
 * submissions make up the park's figure (a figure of one or two enterprises would disclose their data); one made of
 * the park's own items only is always shown ({@link ParkIndicators#suppressed}).
 */
@Service
@Transactional(readOnly = true)
public class PublicValues {

	private final JdbcClient jdbc;
	private final IndicatorCatalogue catalogue;
	private final ParkValues values;
	private final ParkCatalog parks;

	PublicValues(JdbcClient jdbc, IndicatorCatalogue catalogue, ParkValues values, ParkCatalog parks) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.values = values;
		this.parks = parks;
	}

	public List<ParkIndicators.PublicValue> of(int year) {
		Map<String, Map<String, BigDecimal>> stored = new HashMap<>();
		jdbc.sql("select park_code, e.key, e.value from ind_park_value, jsonb_each_text(indicator_values) e where year = ?")
			.param(year)
			.query((rs, n) -> stored.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
					rs.getBigDecimal(3) == null ? null : Quantity.plain(rs.getBigDecimal(3))))
			.list();
		Map<String, Integer> enterprises = new HashMap<>();
		jdbc.sql("""
				select park_code, count(distinct credit_code) from ind_submission
				where status = 'ACCEPTED' and not superseded and year = ? and credit_code is not null group by park_code""")
			.param(year).query((rs, n) -> enterprises.merge(values.countsFor(rs.getString(1), year), rs.getInt(2), Integer::sum))
			.list();
		Map<String, String> levels = catalogue.items().stream()
			.collect(Collectors.toMap(IndicatorCatalogue.Item::code, IndicatorCatalogue.Item::level));
		List<IndicatorCatalogue.Definition> definitions = catalogue.definitions(year);
		List<ParkIndicators.PublicValue> out = new ArrayList<>();
		for (ParkView p : parks.all()) {
			Map<String, BigDecimal> own = stored.get(p.code());
			if (own == null) {
				continue;
			}
			int count = enterprises.getOrDefault(p.code(), 0);
			for (IndicatorCatalogue.Definition d : definitions) {
				Set<String> items = Formula.parse(d.formula(), levels.keySet()).items();
				boolean withheld = ParkIndicators.suppressed(items.stream().anyMatch(i -> "ENTERPRISE".equals(levels.get(i))), count);
				out.add(new ParkIndicators.PublicValue(p.code(), d.code(), d.nameZh(), d.nameEn(), d.unit(),
						withheld ? null : own.get(d.code()), count, withheld));
			}
		}
		return out;
	}
}
