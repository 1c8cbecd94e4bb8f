package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parkloop.energy.engine.BoilerDeadlines;
import org.parkloop.registry.ParkAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R10's compliance as of a date, per park or city-wide, over the boilers the caller may read: every (boiler, rule)
 * overdue, due next or done, and the coal no longer burned in the boilers taken off coal (their annual coal use, in
 * tce at 0.7143 tce per tonne of raw coal, GB/T 2589-2008 appendix A).
 */
@Service
@Transactional(readOnly = true)
class Compliance {

	/** tce per tonne of raw coal (原煤 20,908 kJ/kg; GB/T 2589-2008, appendix A). */
	static final BigDecimal TCE_PER_TONNE_RAW_COAL = new BigDecimal("0.7143");

	record Item(long boilerId, String creditCode, String parkCode, String rule, LocalDate deadline) {
	}

	record Result(LocalDate asOf, List<Item> overdue, List<Item> dueNext, List<Item> done, BigDecimal coalSavedTce,
			int doneWithoutCoalUse) {
	}

	private final Boilers boilers;
	private final ParkAccess access;
	private final JdbcClient jdbc;
	private final java.time.Clock clock;

	Compliance(Boilers boilers, ParkAccess access, JdbcClient jdbc, java.time.Clock clock) {
		this.boilers = boilers;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<BoilerDeadlines.Rule> rules() {
		return jdbc.sql("select code, kind, max_tonnes_per_hour, deadline, source from energy_rule order by deadline, code")
			.query((rs, n) -> new BoilerDeadlines.Rule(rs.getString(1), BoilerDeadlines.Kind.valueOf(rs.getString(2)),
					rs.getBigDecimal(3), rs.getDate(4).toLocalDate(), rs.getString(5)))
			.list();
	}

	/** For one park (a caller who reads it), or city-wide (null: every park the caller may read); today by default. */
	Result asOf(String parkCode, LocalDate date) {
		LocalDate asOf = date == null ? LocalDate.now(clock) : date;
		if (parkCode != null) {
			access.checkRead(parkCode);
		}
		List<Boiler> list = boilers.list(parkCode, asOf);
		Map<Long, Boiler> byId = list.stream().collect(Collectors.toMap(Boiler::id, Function.identity()));
		List<BoilerDeadlines.Finding> findings = BoilerDeadlines.assess(rules(), list.stream().map(Compliance::facts).toList(),
				asOf);
		Function<BoilerDeadlines.State, List<Item>> of = state -> findings.stream().filter(f -> f.state() == state)
			.map(f -> new Item(f.boilerId(), byId.get(f.boilerId()).creditCode(), byId.get(f.boilerId()).parkCode(),
					f.rule(), f.deadline()))
			.toList();
		List<Item> done = of.apply(BoilerDeadlines.State.DONE);
		List<Boiler> offCoal = done.stream().map(Item::boilerId).distinct().map(byId::get).toList();
		BigDecimal tce = offCoal.stream().filter(b -> b.annualCoalTonnes() != null)
			.map(b -> b.annualCoalTonnes().multiply(TCE_PER_TONNE_RAW_COAL)).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Result(asOf, of.apply(BoilerDeadlines.State.OVERDUE), of.apply(BoilerDeadlines.State.DUE), done, tce,
				(int) offCoal.stream().filter(b -> b.annualCoalTonnes() == null).count());
	}

	/** The boiler as the rules see it, its changes dated as recorded. */
	private static BoilerDeadlines.Boiler facts(Boiler b) {
		return new BoilerDeadlines.Boiler(b.id(), b.tonnesPerHour(), b.heatSource(), Boolean.TRUE.equals(b.insideCoverage()),
				b.commissionedFuel(), b.changes().stream()
					.map(c -> new BoilerDeadlines.Change(c.date(), c.status(), c.fuel())).toList());
	}
}
