package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund programmes (R19): the city's low-carbon fund, provincial and central programmes as records, each with a budget
 * per year in 元 (exact, two decimals), the share of a project's investment it subsidises at most, the categories of
 * key projects it supports and how many days an approval is announced (公示) before the first payment. CITY keeps them.
 */
@Service
@Transactional
class Programmes {

	enum Level {
		CITY, PROVINCE, NATIONAL
	}

	static final List<String> CATEGORIES = List.of("CHAIN_LINKING", "PUBLIC_SERVICE", "NEW_ENERGY");

	record Programme(long id, String name, Level level, BigDecimal capShare, List<String> categories,
			int announcementDays, List<Ledger.Totals> budgets) {
	}

	record Command(@Size(max = 200) String name, @Size(max = 8) String level, @Min(2000) @Max(2100) Integer year,
			@DecimalMax("1e15") BigDecimal budget, @DecimalMax("1") BigDecimal capShare,
			@Size(max = 3) List<@Size(max = 16) String> categories, @Min(0) @Max(60) Integer announcementDays) {
	}

	record Budget(@DecimalMax("1e15") BigDecimal budget) {
	}

	/** A programme-year's totals (budget = committed + paid + free) and its entries. */
	record LedgerView(long programmeId, int year, BigDecimal budget, BigDecimal committed, BigDecimal paid,
			BigDecimal free, List<Ledger.Entry> entries) {
	}

	private final JdbcClient jdbc;
	private final Ledger ledger;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Programmes(JdbcClient jdbc, Ledger ledger, ParkAccess access, CurrentCaller callers, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Programme create(Command c) {
		access.checkCity();
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		if (c.name() == null || c.name().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		Level level = Inputs.constant(Level.class, c.level(), "level", "funds.level", problems);
		if (c.year() == null) {
			problems.add(new FieldProblem("year", "validation.required"));
		}
		money(c.budget(), "budget", problems);
		if (c.capShare() != null && (c.capShare().signum() <= 0 || c.capShare().scale() > 4)) {
			problems.add(new FieldProblem("capShare", "funds.capShare"));
		}
		List<String> categories = c.categories() == null || c.categories().isEmpty() ? CATEGORIES : c.categories();
		if (!CATEGORIES.containsAll(categories)) {
			problems.add(new FieldProblem("categories", "funds.categories"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into fund_programme (name, level, cap_share, categories, announcement_days, created_by)
					values (?, ?, ?, ?, ?, ?) returning id""")
				.params(c.name().strip(), level.name(), c.capShare() == null ? new BigDecimal("0.3") : c.capShare(),
						String.join(",", categories), c.announcementDays() == null ? 7 : c.announcementDays(),
						callers.get().username())
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("name", List.of(Refused.Reason.of("funds.programmeExists", "R19", c.name().strip())));
		}
		ledger.budget(id, c.year(), c.budget(), LocalDate.now(clock), callers.get().username());
		audit.record("CREATE", "fund_programme", String.valueOf(id), c.name().strip() + " " + c.year() + " " + c.budget());
		return get(id);
	}

	Programme budget(long id, int year, Budget c) {
		access.checkCity();
		get(id);
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		money(c == null ? null : c.budget(), "budget", problems);
		if (year < 2000 || year > 2100) {
			problems.add(new FieldProblem("year", "funds.year"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ledger.budget(id, year, c.budget(), LocalDate.now(clock), callers.get().username());
		audit.record("UPDATE", "fund_programme", String.valueOf(id), year + " budget " + c.budget().toPlainString());
		return get(id);
	}

	@Transactional(readOnly = true)
	List<Programme> all() {
		return jdbc.sql("select id from fund_programme order by id").query(Long.class).list().stream().map(this::get).toList();
	}

	@Transactional(readOnly = true)
	Programme get(long id) {
		List<Ledger.Totals> budgets = ledger.all().stream().filter(t -> t.programmeId() == id).toList();
		return jdbc.sql("select id, name, level, cap_share, categories, announcement_days from fund_programme where id = ?")
			.param(id)
			.query((rs, n) -> new Programme(rs.getLong(1), rs.getString(2), Level.valueOf(rs.getString(3)),
					rs.getBigDecimal(4), Arrays.asList(rs.getString(5).split(",")), rs.getInt(6), budgets))
			.optional().orElseThrow(() -> new NotFound("funds.programmeNotFound", id));
	}


	/** The ledger of a programme-year: CITY only. */
	@Transactional(readOnly = true)
	LedgerView ledger(Long programme, Integer year) {
		access.checkCity();
		if (programme == null || year == null) {
			throw new InvalidInput(List.of(new FieldProblem(programme == null ? "programme" : "year", "validation.required")));
		}
		get(programme);
		Ledger.Totals t = ledger.totals(programme, year);
		return new LedgerView(programme, year, t.budget(), t.committed(), t.paid(), t.free(), ledger.entries(programme, year));
	}

	/** An amount in 元: not negative, at most two decimals (fen). */
	static void money(BigDecimal amount, String field, List<FieldProblem> problems) {
		if (amount == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (amount.signum() < 0 || !Money.inFen(amount)) {
			problems.add(new FieldProblem(field, "funds.money"));
		}
	}
}
