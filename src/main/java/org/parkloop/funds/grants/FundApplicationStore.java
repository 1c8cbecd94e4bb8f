package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications' rows and their instalments. */
@Repository
class FundApplicationStore {

	private static final String SELECT = """
			select id, programme_id, park_code, project_id, credit_code, project_name, amount, applied_on, status, granted,
			       budget_year, decided_on, announced_until, comment, repaid from fund_application""";

	private final JdbcClient jdbc;

	FundApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A project's application ({@code creditCode} null) or a pilot enterprise's ({@code project} null). */
	long insert(long programme, String park, Long project, String creditCode, String name, BigDecimal amount,
			LocalDate date, String by) {
		return jdbc.sql("""
				insert into fund_application (programme_id, park_code, project_id, credit_code, project_name, amount,
				    applied_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(programme, park, project, creditCode, name, amount, date, by).query(Long.class).single();
	}

	/** Decides a submitted application; false when it was decided meanwhile. */
	boolean decide(long id, FundApplication.Status status, BigDecimal granted, Integer year, LocalDate date,
			LocalDate announcedUntil, String comment, String by) {
		return jdbc.sql("""
				update fund_application set status = ?, granted = ?, budget_year = ?, decided_on = ?, announced_until = ?,
				    comment = ?, decided_by = ? where id = ? and status = 'SUBMITTED'""")
			.params(status.name(), granted, year, date, announcedUntil, comment, by, id).update() == 1;
	}

	void instalment(long id, int seq, BigDecimal amount, Long milestone, String milestoneName) {
		jdbc.sql("insert into fund_instalment (application_id, seq, amount, milestone_id, milestone_name) values (?, ?, ?, ?, ?)")
			.params(id, seq, amount, milestone, milestoneName).update();
	}

	/** Adds a payment to an instalment; false when it would exceed it (paid meanwhile). */
	boolean pay(long id, int seq, BigDecimal amount) {
		return jdbc.sql("update fund_instalment set paid = paid + ? where application_id = ? and seq = ? and paid + ? <= amount")
			.params(amount, id, seq, amount).update() == 1;
	}

	/** Cancels an approval; false when it is not approved (any more). */
	boolean cancel(long id, String comment, String by) {
		return jdbc.sql("""
				update fund_application set status = 'CANCELLED', comment = coalesce(?, comment), decided_by = ?
				where id = ? and status = 'APPROVED'""").params(comment, by, id).update() == 1;
	}

	/** Adds money paid back; false when it would exceed what was paid. */
	boolean repay(long id, BigDecimal amount, BigDecimal paid) {
		return jdbc.sql("update fund_application set repaid = repaid + ? where id = ? and repaid + ? <= ?")
			.params(amount, id, amount, paid).update() == 1;
	}

	FundApplication get(long id) {
		return withInstalments(jdbc.sql(SELECT + " where id = ?").param(id).query(FundApplicationStore::row).list()).stream()
			.findFirst().orElseThrow(() -> new NotFound("funds.applicationNotFound", id));
	}

	List<FundApplication> all(String park) {
		return withInstalments(jdbc.sql(SELECT + " where cast(? as varchar) is null or park_code = ? order by id desc")
			.params(park, park).query(FundApplicationStore::row).list());
	}

	private List<FundApplication> withInstalments(List<FundApplication> list) {
		if (list.isEmpty()) {
			return list;
		}
		Map<Long, List<FundApplication.Instalment>> by = new HashMap<>();
		jdbc.sql("""
				select application_id, seq, amount, milestone_id, milestone_name, paid from fund_instalment
				where application_id = any(?) order by application_id, seq""")
			.param(list.stream().map(FundApplication::id).toArray(Long[]::new))
			.query((rs, n) -> by.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FundApplication.Instalment(
					rs.getInt(2), rs.getBigDecimal(3), (Long) rs.getObject(4), rs.getString(5), rs.getBigDecimal(6))))
			.list();
		return list.stream().map(a -> new FundApplication(a.id(), a.programmeId(), a.parkCode(), a.projectId(), a.creditCode(),
				a.projectName(), a.amount(), a.appliedOn(), a.status(), a.granted(), a.budgetYear(), a.decidedOn(),
				a.announcedUntil(), a.comment(), a.repaid(), by.getOrDefault(a.id(), List.of()))).toList();
	}

	private static FundApplication row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new FundApplication(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4),
				rs.getString(5) == null ? null : rs.getString(5).strip(), rs.getString(6), rs.getBigDecimal(7),
				rs.getDate(8).toLocalDate(), FundApplication.Status.valueOf(rs.getString(9)), rs.getBigDecimal(10),
				(Integer) rs.getObject(11), rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(),
				rs.getDate(13) == null ? null : rs.getDate(13).toLocalDate(), rs.getString(14), rs.getBigDecimal(15), List.of());
	}
}
