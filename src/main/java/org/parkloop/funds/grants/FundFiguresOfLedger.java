package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parkloop.funds.FundFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link FundFigures} read from the applications and the ledger's entries of the year. */
@Component
@Transactional(readOnly = true)
class FundFiguresOfLedger implements FundFigures {

	private final JdbcClient jdbc;

	FundFiguresOfLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Summary> ofYear(int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Map<String, Summary> out = new LinkedHashMap<>();
		jdbc.sql("""
				select a.park_code,
				       count(distinct a.id) filter (where a.applied_on between ? and ?),
				       coalesce(sum(e.committed_change) filter (where e.kind in ('COMMITMENT', 'CANCELLATION')
				                                                 and e.entry_date between ? and ?), 0),
				       coalesce(sum(e.paid_change) filter (where e.entry_date between ? and ?), 0)
				from fund_application a left join fund_ledger_entry e on e.application_id = a.id
				group by a.park_code order by a.park_code""")
			.params(from, to, from, to, from, to)
			.query((rs, n) -> new Summary(rs.getString(1), year, rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list().stream()
			.filter(s -> s.applications() > 0 || s.granted().signum() != 0 || s.paid().signum() != 0)
			.forEach(s -> out.put(s.parkCode(), s));
		return out;
	}
}
