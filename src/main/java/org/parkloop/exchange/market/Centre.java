package org.parkloop.exchange.market;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waste exchange information centre (废物交换信息中心, R13): what has been exchanged, by material, park and month,
 * the waste diverted, and what is on offer and wanted. Totals only, no enterprise's figures: every signed-in user
 * sees them.
 */
@Service
@Transactional(readOnly = true)
public class Centre {

	public record Amount(String key, String unit, double quantity) {
	}

	/**
	 * @param divertedTonnes delivered in completed deals, in tonnes (materials measured in t)
	 * @param byMaterial delivered per material code; {@code byPark} per supplier's park; {@code byMonth} per yyyy-MM
	 */
	public record Statistics(double divertedTonnes, long completedDeals, long dealsUnderWay, long openOffers,
			long openNeeds, List<Amount> byMaterial, List<Amount> byPark, List<Amount> byMonth, List<Amount> offered) {
	}

	private final JdbcClient jdbc;

	Centre(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Statistics statistics() {
		String delivered = """
				from exchange_shipment s join exchange_deal d on d.id = s.deal_id
				join exchange_material m on m.code = d.material_code where d.status = 'COMPLETED'""";
		double diverted = jdbc.sql("select coalesce(sum(s.quantity), 0) " + delivered + " and m.unit = 't'")
			.query(Double.class).single();
		return new Statistics(diverted, count("exchange_deal where status = 'COMPLETED'"),
				count("exchange_deal where status in ('AGREED', 'DELIVERING')"),
				count("exchange_listing where status = 'OPEN' and kind = 'OFFER'"),
				count("exchange_listing where status = 'OPEN' and kind = 'NEED'"),
				amounts("select d.material_code, m.unit, sum(s.quantity) " + delivered + " group by 1, 2 order by 3 desc"),
				amounts("select d.supplier_park, 't', sum(s.quantity) " + delivered + " and m.unit = 't' group by 1 order by 3 desc"),
				amounts("select to_char(s.shipped_on, 'YYYY-MM'), 't', sum(s.quantity) " + delivered
						+ " and m.unit = 't' group by 1 order by 1"),
				amounts("""
						select l.material_code, m.unit, sum(l.quantity * case l.period when 'MONTH' then 12 else 1 end)
						from exchange_listing l join exchange_material m on m.code = l.material_code
						where l.status = 'OPEN' and l.kind = 'OFFER' group by 1, 2 order by 3 desc"""));
	}

	private long count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	private List<Amount> amounts(String sql) {
		return jdbc.sql(sql).query((rs, n) -> new Amount(rs.getString(1), rs.getString(2), rs.getDouble(3))).list();
	}
}
