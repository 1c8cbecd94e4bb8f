package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund ledger: every change of a programme-year's budget, commitments and payments is an entry, written with the
 * change of the totals in one transaction. The totals change by a conditional update (free may not fall below zero;
 * the database's check says the same), so that of two approvals that together would overdraw a budget exactly one
 * wins; after each entry the totals are compared with the sum of the entries, in the same transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Ledger {

	enum Kind {
		BUDGET, COMMITMENT, DISBURSEMENT, CANCELLATION, REPAYMENT
	}

	/** budget = committed (not yet paid) + paid + free. */
	record Totals(long programmeId, int year, BigDecimal budget, BigDecimal committed, BigDecimal paid) {

		public BigDecimal free() {
			return budget.subtract(committed).subtract(paid);
		}
	}

	record Entry(long id, Long applicationId, Kind kind, BigDecimal budgetChange, BigDecimal committedChange,
			BigDecimal paidChange, LocalDate date, String reference, String note, String recordedBy) {
	}

	private final JdbcClient jdbc;

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets the year's budget (a BUDGET entry of the difference); not below what is committed and paid. */
	void budget(long programme, int year, BigDecimal budget, LocalDate date, String by) {
		jdbc.sql("insert into fund_budget (programme_id, year, budget) values (?, ?, 0) on conflict do nothing")
			.params(programme, year).update();
		Totals now = totals(programme, year);
		BigDecimal change = budget.subtract(now.budget());
		int updated = jdbc.sql("""
				update fund_budget set budget = budget + ? where programme_id = ? and year = ? and budget + ? >= committed + paid""")
			.params(change, programme, year, change).update();
		if (updated == 0) {
			throw new Refused("budget", List.of(Refused.Reason.of("funds.budgetBelowUse", "R19",
					now.committed().add(now.paid()).toPlainString())));
		}
		entry(programme, year, null, Kind.BUDGET, change, BigDecimal.ZERO, BigDecimal.ZERO, date, null, null, by);
	}

	/**
	 * Moves money between committed and paid (or releases it): refused when the year's free amount, committed or paid
	 * would fall below zero.
	 */
	void post(long programme, int year, long application, Kind kind, BigDecimal committed, BigDecimal paid,
			LocalDate date, String reference, String note, String by) {
		int updated = jdbc.sql("""
				update fund_budget set committed = committed + ?, paid = paid + ?
				where programme_id = ? and year = ? and committed + ? >= 0 and paid + ? >= 0
				  and committed + ? + paid + ? <= budget""")
			.params(committed, paid, programme, year, committed, paid, committed, paid).update();
		if (updated == 0) {
			Totals now = totals(programme, year);
			throw new Refused("amount", List.of(Refused.Reason.of("funds.budgetShort", "R19", year,
					now.free().toPlainString(), committed.add(paid).toPlainString())));
		}
		entry(programme, year, application, kind, BigDecimal.ZERO, committed, paid, date, reference, note, by);
	}

	Totals totals(long programme, int year) {
		return jdbc.sql("select budget, committed, paid from fund_budget where programme_id = ? and year = ?")
			.params(programme, year)
			.query((rs, n) -> new Totals(programme, year, rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.optional().orElseThrow(() -> new NotFound("funds.noBudget", year));
	}

	List<Totals> all() {
		return jdbc.sql("select programme_id, year, budget, committed, paid from fund_budget order by programme_id, year")
			.query((rs, n) -> new Totals(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5)))
			.list();
	}

	List<Entry> entries(long programme, int year) {
		return jdbc.sql("""
				select id, application_id, kind, budget_change, committed_change, paid_change, entry_date, reference, note,
				       recorded_by from fund_ledger_entry where programme_id = ? and year = ? order by id""")
			.params(programme, year)
			.query((rs, n) -> new Entry(rs.getLong(1), (Long) rs.getObject(2), Kind.valueOf(rs.getString(3)),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getDate(7).toLocalDate(),
					rs.getString(8), rs.getString(9), rs.getString(10)))
			.list();
	}

	private void entry(long programme, int year, Long application, Kind kind, BigDecimal budget, BigDecimal committed,
			BigDecimal paid, LocalDate date, String reference, String note, String by) {
		jdbc.sql("""
				insert into fund_ledger_entry (programme_id, year, application_id, kind, budget_change, committed_change,
				    paid_change, entry_date, reference, note, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(programme, year, application, kind.name(), budget, committed, paid, date, reference, note, by).update();
		verify(programme, year);
	}

	/** The totals are the sums of the entries, and free is not negative; otherwise the transaction fails. */
	private void verify(long programme, int year) {
		boolean balanced = jdbc.sql("""
				select b.budget = coalesce(sum(e.budget_change), 0) and b.committed = coalesce(sum(e.committed_change), 0)
				   and b.paid = coalesce(sum(e.paid_change), 0) and b.committed + b.paid <= b.budget
				from fund_budget b left join fund_ledger_entry e on e.programme_id = b.programme_id and e.year = b.year
				where b.programme_id = ? and b.year = ? group by b.budget, b.committed, b.paid""")
			.params(programme, year).query(Boolean.class).single();
		if (!balanced) {
			throw new IllegalStateException("The ledger of programme " + programme + ", " + year
					+ " does not balance: its totals differ from its entries");
		}
	}
}
