package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parkloop.energy.engine.BoilerDeadlines;
import org.parkloop.energy.engine.CoalSaved;
import org.parkloop.registry.ParkAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R10's compliance as of a date, per park or city-wide, over the boilers the caller may read: every (boiler, rule)
 * overdue, due next or done, and the coal no longer burned in the boilers taken off coal with the emissions it no
 * longer causes ({@link CoalSaved}, its factors as data in {@code energy_factor} with their sources).
 */
@Service
@Transactional(readOnly = true)
class Compliance {

	public record Item(long boilerId, String creditCode, String parkCode, String rule, LocalDate deadline) {
	}

	/**
	 * {@code coalSavedTonnes} and {@code coalSavedTce} per year, {@code avoided} in t per year; how many boilers off coal
	 * were counted from their recorded coal use, estimated from capacity and hours, or have neither; per park with a
	 * heat-coverage area, whether central heating is achieved.
	 */
	public record Result(LocalDate asOf, List<Item> overdue, List<Item> dueNext, List<Item> done, BigDecimal coalSavedTonnes,
			BigDecimal coalSavedTce, CoalSaved.Avoided avoided, int coalUseRecorded, int coalUseEstimated,
			int coalUseUnknown, Map<String, Boolean> centralHeating) {

		/** How many parks with heat coverage have achieved central heating. */
		public long centralHeatingAchieved() {
			return centralHeating.values().stream().filter(Boolean::booleanValue).count();
		}

		/** Each boiler once, in its worst state: overdue on any rule, else due on any, else done. */
		public Counts boilerCounts() {
			java.util.Set<Long> late = overdue.stream().map(Item::boilerId).collect(Collectors.toSet());
			java.util.Set<Long> due = dueNext.stream().map(Item::boilerId).filter(id -> !late.contains(id))
				.collect(Collectors.toSet());
			long finished = done.stream().map(Item::boilerId).distinct().filter(id -> !late.contains(id) && !due.contains(id))
				.count();
			return new Counts(late.size(), due.size(), (int) finished);
		}
	}

	public record Counts(int overdue, int due, int done) {
	}

	private final Boilers boilers;
	private final ParkAccess access;
	private final JdbcClient jdbc;
	private final java.time.Clock clock;

	private final org.parkloop.energy.geo.GeoLayers layers;
	private final org.parkloop.registry.ParkCatalog parks;

	Compliance(Boilers boilers, ParkAccess access, JdbcClient jdbc, java.time.Clock clock,
			org.parkloop.energy.geo.GeoLayers layers, org.parkloop.registry.ParkCatalog parks) {
		this.layers = layers;
		this.parks = parks;
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
		CoalSaved.Totals saved = CoalSaved.of(done.stream().map(Item::boilerId).distinct().map(byId::get)
			.map(b -> new CoalSaved.Boiler(b.annualCoalTonnes(), b.tonnesPerHour(), b.operatingHours())).toList(), factors());
		return new Result(asOf, of.apply(BoilerDeadlines.State.OVERDUE), of.apply(BoilerDeadlines.State.DUE), done,
				saved.coalTonnes(), saved.coalTce(), saved.avoided(), saved.recorded(), saved.estimated(), saved.unknown(),
				centralHeating(parkCode, asOf, findings, byId));
	}

	/**
	 * R10's "central heating achieved", per park with a heat-coverage area in force that the caller reads: no scattered
	 * coal boiler remains in use inside its coverage (none due or overdue under a coverage rule).
	 */
	private Map<String, Boolean> centralHeating(String parkCode, LocalDate asOf, List<BoilerDeadlines.Finding> findings,
			Map<Long, Boiler> byId) {
		java.util.Set<String> coverageRules = rules().stream()
			.filter(r -> r.kind() == BoilerDeadlines.Kind.SCATTERED_COAL_IN_COVERAGE).map(BoilerDeadlines.Rule::code)
			.collect(Collectors.toSet());
		java.util.Set<String> notYet = findings.stream()
			.filter(f -> coverageRules.contains(f.rule()) && f.state() != BoilerDeadlines.State.DONE)
			.map(f -> byId.get(f.boilerId()).parkCode()).collect(Collectors.toSet());
		Map<String, Boolean> achieved = new java.util.TreeMap<>();
		layers.inForce("heat-coverage", parkCode, asOf).stream().map(org.parkloop.energy.geo.GeoLayers.Feature::parkCode)
			.distinct().filter(p -> parkCode != null || parks.find(p).filter(access::canRead).isPresent())
			.forEach(p -> achieved.put(p, !notYet.contains(p)));
		return achieved;
	}

	/** Counts of boilers as of one day, for the chart ({@link Result#boilerCounts()}). */
	public record Point(LocalDate date, int overdue, int due, int done) {
	}

	/**
	 * The park's compliance at the end of each year from the year before the first deadline to this one, and today:
	 * how many boilers were overdue, due and done, for the chart against the deadlines.
	 */
	List<Point> series(String parkCode) {
		LocalDate today = LocalDate.now(clock);
		int from = rules().stream().mapToInt(r -> r.deadline().getYear()).min().orElse(today.getYear()) - 1;
		List<LocalDate> days = new java.util.ArrayList<>();
		for (int y = from; y < today.getYear(); y++) {
			days.add(LocalDate.of(y, 12, 31));
		}
		days.add(today);
		return days.stream().map(d -> asOf(parkCode, d)).map(r -> {
			Counts c = r.boilerCounts();
			return new Point(r.asOf(), c.overdue(), c.due(), c.done());
		}).toList();
	}

	CoalSaved.Factors factors() {
		Map<String, BigDecimal> f = jdbc.sql("select code, value from energy_factor")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new CoalSaved.Factors(f.get("TCE"), f.get("COAL_RATE"), f.get("SO2"), f.get("NOX"), f.get("PARTICULATES"),
				f.get("CO2"));
	}

	/** The boiler as the rules see it, its changes dated as recorded. */
	private static BoilerDeadlines.Boiler facts(Boiler b) {
		return new BoilerDeadlines.Boiler(b.id(), b.tonnesPerHour(), b.heatSource(), Boolean.TRUE.equals(b.insideCoverage()),
				b.commissionedFuel(), b.changes().stream()
					.map(c -> new BoilerDeadlines.Change(c.date(), c.status(), c.fuel())).toList(), b.commissioningYear());
	}
}
