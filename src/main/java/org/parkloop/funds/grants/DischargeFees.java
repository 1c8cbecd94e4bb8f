package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R19's industrial solid-waste discharge fee as a statement (informational: the platform collects nothing): each
 * enterprise's accepted report of solid waste discharged in a year (read through the indicators' facade) at the rate
 * of the regime of that year, the discharge fee until 2017 and the environmental protection tax from 2018, and the
 * park's total. The reports give one total per enterprise, not its kinds of waste: the statement applies the rate of
 * "other residues / other solid waste" (25 元/t in both regimes) and says so.
 */
@Service
@Transactional(readOnly = true)
class DischargeFees {

	static final String ITEM = "solid_waste_discharged";
	static final String WASTE_TYPE = "OTHER";

	record Line(String creditCode, String name, BigDecimal dischargedTonnes, BigDecimal amount) {
	}

	record Statement(String parkCode, int year, String regime, String wasteType, String wasteName, BigDecimal rate,
			String source, List<Line> enterprises, BigDecimal total) {
	}

	private final JdbcClient jdbc;
	private final ParkIndicators indicators;
	private final EnterpriseRegistry enterprises;

	DischargeFees(JdbcClient jdbc, ParkIndicators indicators, EnterpriseRegistry enterprises) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.enterprises = enterprises;
	}

	/** For the park's offices and CITY (the indicators' facade checks). */
	Statement of(String parkCode, int year, boolean english) {
		Map<String, Map<String, BigDecimal>> reported = indicators.enterpriseValues(parkCode, year, Set.of(ITEM));
		Object[] rate = jdbc.sql("""
				select regime, name_zh, name_en, rate, source from fund_fee_rate
				where waste_type = ? and from_year <= ? and (to_year is null or to_year >= ?)""")
			.params(WASTE_TYPE, year, year)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getString(5) })
			.optional().orElseThrow(() -> new NotFound("funds.noFeeRate", year));
		BigDecimal perTonne = (BigDecimal) rate[3];
		var names = enterprises.profiles(reported.keySet());
		List<Line> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (var e : new java.util.TreeMap<>(reported).entrySet()) {
			BigDecimal tonnes = e.getValue().get(ITEM);
			BigDecimal amount = tonnes.multiply(perTonne).setScale(2, RoundingMode.HALF_UP);
			total = total.add(amount);
			lines.add(new Line(e.getKey(), names.containsKey(e.getKey()) ? names.get(e.getKey()).name() : null, tonnes, amount));
		}
		return new Statement(parkCode, year, (String) rate[0], WASTE_TYPE, (String) (english ? rate[2] : rate[1]),
				perTonne, (String) rate[4], lines, total);
	}
}
