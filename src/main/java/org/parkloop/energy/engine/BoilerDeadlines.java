package org.parkloop.energy.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * R10's deadlines boiler by boiler, as of a date. A rule is data: "coal boilers of at most X t/h eliminated by D"
 * (温州: 6 t/h by the end of 2015, 10 t/h by the end of 2017; "6蒸吨/小时以下" counts 6 itself, as the Civil Code
 * reads 以下, art. 1259) or "scattered coal boilers inside a heat network's coverage eliminated by D" (not the
 * network's own heat sources). A boiler a rule covers is <em>done</em> once it was eliminated, converted to another
 * fuel or replaced by central heating on or before the date; otherwise it is <em>due</em> until the deadline day
 * inclusive and <em>overdue</em> from the day after. Capacity in t/h (蒸吨/小时); MW converts at 0.7 MW per t/h.
 */
public final class BoilerDeadlines {

	private BoilerDeadlines() {
	}

	/** 0.7 MW of heat per t/h of steam (the conversion of GB 13271's tables). */
	public static final BigDecimal MW_PER_TONNE_HOUR = new BigDecimal("0.7");

	public enum Fuel {
		COAL, GAS, OIL, BIOMASS, ELECTRIC, HEAT_NETWORK
	}

	public enum Status {
		IN_USE, STANDBY, ELIMINATED, CONVERTED, REPLACED_BY_CENTRAL_HEATING
	}

	public enum Kind {
		/** Coal boilers of at most {@code maxTonnesPerHour}, anywhere in a park. */
		COAL_AT_MOST,
		/** Coal boilers inside a heat network's coverage, of any size, except the network's own heat sources. */
		SCATTERED_COAL_IN_COVERAGE
	}

	public enum State {
		OVERDUE, DUE, DONE
	}

	public record Rule(String code, Kind kind, BigDecimal maxTonnesPerHour, LocalDate deadline, String source) {
	}

	/** A dated change of a boiler: its status from that day, and its fuel (the new one when converted). */
	public record Change(LocalDate date, Status status, Fuel fuel) {
	}

	/**
	 * A boiler as the rules see it: capacity in t/h, whether it is a heat source of the network itself, whether it
	 * lies inside a coverage area, its fuel when commissioned, its dated changes and the year it was commissioned
	 * (not yet there before it; unknown counts as always there).
	 */
	public record Boiler(long id, BigDecimal tonnesPerHour, boolean heatSource, boolean insideCoverage, Fuel fuel,
			List<Change> changes, Integer commissioningYear) {

		public Boiler(long id, BigDecimal tonnesPerHour, boolean heatSource, boolean insideCoverage, Fuel fuel,
				List<Change> changes) {
			this(id, tonnesPerHour, heatSource, insideCoverage, fuel, changes, null);
		}
	}

	public record Finding(long boilerId, String rule, LocalDate deadline, State state) {
	}

	/** t/h from MW. */
	public static BigDecimal tonnesPerHour(BigDecimal megawatts) {
		return megawatts.divide(MW_PER_TONNE_HOUR, MathContext.DECIMAL64);
	}

	/** Every (boiler, rule) the rules cover as of the date, with its state; by deadline, then boiler. */
	public static List<Finding> assess(List<Rule> rules, List<Boiler> boilers, LocalDate asOf) {
		List<Finding> findings = new ArrayList<>();
		for (Boiler b : boilers) {
			if (!burnedCoal(b, asOf)
					|| b.commissioningYear() != null && b.commissioningYear() > asOf.getYear()) {
				continue;
			}
			for (Rule r : rules) {
				if (covers(r, b)) {
					State state = stillCoal(b, asOf) ? (asOf.isAfter(r.deadline()) ? State.OVERDUE : State.DUE) : State.DONE;
					findings.add(new Finding(b.id(), r.code(), r.deadline(), state));
				}
			}
		}
		findings.sort(Comparator.comparing(Finding::deadline).thenComparing(Finding::boilerId));
		return findings;
	}

	private static boolean covers(Rule r, Boiler b) {
		return switch (r.kind()) {
			case COAL_AT_MOST -> b.tonnesPerHour().compareTo(r.maxTonnesPerHour()) <= 0;
			case SCATTERED_COAL_IN_COVERAGE -> b.insideCoverage() && !b.heatSource();
		};
	}

	/** Whether the boiler burned coal at some time up to the date (a rule then covers it, done or not). */
	private static boolean burnedCoal(Boiler b, LocalDate asOf) {
		if (b.fuel() == Fuel.COAL) {
			return true;
		}
		return b.changes().stream().anyMatch(c -> !c.date().isAfter(asOf) && c.fuel() == Fuel.COAL);
	}

	/** Whether, at the end of the date, it still burns coal and has not been taken out of service. */
	private static boolean stillCoal(Boiler b, LocalDate asOf) {
		Status status = Status.IN_USE;
		Fuel fuel = b.fuel();
		for (Change c : b.changes().stream().sorted(Comparator.comparing(Change::date)).toList()) {
			if (c.date().isAfter(asOf)) {
				break;
			}
			status = c.status();
			if (c.fuel() != null) {
				fuel = c.fuel();
			}
		}
		return fuel == Fuel.COAL && ACTIVE.contains(status);
	}

	/** A converted boiler runs on its new fuel: whether it is done depends on that fuel. */
	private static final Set<Status> ACTIVE = Set.of(Status.IN_USE, Status.STANDBY, Status.CONVERTED);
}
