package org.parkloop.exchange.market;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parkloop.exchange.ExchangeFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ExchangeFigures} read from the deals and their shipments; a deal counts for each of its parks once. */
@Component
@Transactional(readOnly = true)
class ExchangeFiguresOfDeals implements ExchangeFigures {

	private final JdbcClient jdbc;
	private final ZoneId zone;

	ExchangeFiguresOfDeals(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	@Override
	public Map<String, Summary> ofYear(int year) {
		Timestamp from = startOf(year);
		Timestamp to = startOf(year + 1);
		Map<String, int[]> deals = new LinkedHashMap<>();
		jdbc.sql("""
				with p as (
				  select id, status, agreed_at, completed_at, cancelled_at, created_at, supplier_park park, supplier enterprise
				  from exchange_deal
				  union
				  select id, status, agreed_at, completed_at, cancelled_at, created_at, receiver_park, receiver from exchange_deal)
				select park,
				       count(distinct id) filter (where status = 'COMPLETED' and completed_at >= ? and completed_at < ?),
				       count(distinct id) filter (where agreed_at < ? and (completed_at is null or completed_at >= ?)
				                                  and (cancelled_at is null or cancelled_at >= ?)),
				       count(distinct enterprise) filter (where agreed_at < ?)
				from p group by park order by park""")
			.params(from, to, to, to, to, to)
			.query((rs, n) -> deals.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4) })).list();
		Map<String, Map<String, BigDecimal>> shipped = new HashMap<>();
		jdbc.sql("""
				with p as (select id, supplier_park park, material_code from exchange_deal
				           union select id, receiver_park, material_code from exchange_deal)
				select p.park, m.unit, sum(s.quantity) from p join exchange_shipment s on s.deal_id = p.id
				join exchange_material m on m.code = p.material_code
				where s.shipped_on between ? and ? group by p.park, m.unit""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> shipped.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
					rs.getBigDecimal(3)))
			.list();
		Map<String, Summary> out = new LinkedHashMap<>();
		deals.forEach((park, d) -> {
			if (d[0] + d[1] > 0 || shipped.containsKey(park)) {
				out.put(park, new Summary(park, year, d[0], d[1], shipped.getOrDefault(park, Map.of()), d[2]));
			}
		});
		return out;
	}

	@Override
	public Summary cityTotals(int year) {
		Timestamp from = startOf(year);
		Timestamp to = startOf(year + 1);
		int[] deals = jdbc.sql("""
				select count(*) filter (where status = 'COMPLETED' and completed_at >= ? and completed_at < ?),
				       count(*) filter (where agreed_at < ? and (completed_at is null or completed_at >= ?)
				                        and (cancelled_at is null or cancelled_at >= ?))
				from exchange_deal""").params(from, to, to, to, to)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		int enterprises = jdbc.sql("""
				select count(distinct e) from (select supplier e, agreed_at from exchange_deal
				  union all select receiver, agreed_at from exchange_deal) d
				where agreed_at < ?""").param(to).query(Integer.class).single();
		Map<String, BigDecimal> shipped = new LinkedHashMap<>();
		jdbc.sql("""
				select m.unit, sum(s.quantity) from exchange_shipment s join exchange_deal d on d.id = s.deal_id
				join exchange_material m on m.code = d.material_code where s.shipped_on between ? and ? group by m.unit""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> shipped.put(rs.getString(1), rs.getBigDecimal(2))).list();
		return new Summary(null, year, deals[0], deals[1], shipped, enterprises);
	}

	/** The first instant of the year in the programme's zone (deals are stamped with instants, years are local). */
	private Timestamp startOf(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
	}
}
