package org.parkloop.energy.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parkloop.energy.engine.BoilerDeadlines.Boiler;
import org.parkloop.energy.engine.BoilerDeadlines.Change;
import org.parkloop.energy.engine.BoilerDeadlines.Finding;
import org.parkloop.energy.engine.BoilerDeadlines.Fuel;
import org.parkloop.energy.engine.BoilerDeadlines.Kind;
import org.parkloop.energy.engine.BoilerDeadlines.Rule;
import org.parkloop.energy.engine.BoilerDeadlines.State;
import org.parkloop.energy.engine.BoilerDeadlines.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R10's Wenzhou rules on boilers just below, at and just above 6 and 10 t/h, on the deadline day and the day after;
 * conversions that change the fuel; the network's own heat sources; MW converted at 0.7 MW per t/h.
 */
class BoilerDeadlinesTest {

	static final LocalDate END_2015 = LocalDate.of(2015, 12, 31);
	static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);
	static final List<Rule> WENZHOU = List.of(
			new Rule("R10-2015", Kind.COAL_AT_MOST, new BigDecimal("6"), END_2015, "温政办〔2014〕27号"),
			new Rule("R10-2017", Kind.COAL_AT_MOST, new BigDecimal("10"), END_2017, "温政办〔2014〕27号"),
			new Rule("R10-2017-coverage", Kind.SCATTERED_COAL_IN_COVERAGE, null, END_2017, "温政办〔2014〕27号"));

	static Boiler coal(long id, String tonnes, Change... changes) {
		return new Boiler(id, new BigDecimal(tonnes), false, false, Fuel.COAL, List.of(changes));
	}

	static List<String> states(List<Finding> findings, long boiler) {
		return findings.stream().filter(f -> f.boilerId() == boiler).map(f -> f.rule() + ":" + f.state()).toList();
	}

	@Test
	void sixAndTenTonnesAreCoveredAndJustAboveThemIsNot() {
		List<Boiler> boilers = List.of(coal(1, "5.99"), coal(2, "6"), coal(3, "6.01"), coal(4, "10"), coal(5, "10.01"));
		List<Finding> onTheDay = BoilerDeadlines.assess(WENZHOU, boilers, END_2015);
		assertThat(states(onTheDay, 1)).containsExactly("R10-2015:DUE", "R10-2017:DUE");
		assertThat(states(onTheDay, 2)).containsExactly("R10-2015:DUE", "R10-2017:DUE");
		assertThat(states(onTheDay, 3)).containsExactly("R10-2017:DUE");
		assertThat(states(onTheDay, 4)).containsExactly("R10-2017:DUE");
		assertThat(states(onTheDay, 5)).isEmpty();
		// the day after the deadline, still burning coal: overdue
		List<Finding> dayAfter = BoilerDeadlines.assess(WENZHOU, boilers, END_2015.plusDays(1));
		assertThat(states(dayAfter, 2)).containsExactly("R10-2015:OVERDUE", "R10-2017:DUE");
		assertThat(states(BoilerDeadlines.assess(WENZHOU, boilers, END_2017), 4)).containsExactly("R10-2017:DUE");
		assertThat(states(BoilerDeadlines.assess(WENZHOU, boilers, END_2017.plusDays(1)), 4))
			.containsExactly("R10-2017:OVERDUE");
	}

	@Test
	void eliminationConversionAndCentralHeatingAreDoneFromTheirDay() {
		List<Boiler> boilers = List.of(
				coal(1, "4", new Change(END_2015, Status.ELIMINATED, null)),
				coal(2, "4", new Change(END_2015.plusDays(1), Status.ELIMINATED, null)),
				coal(3, "8", new Change(LocalDate.of(2016, 5, 1), Status.CONVERTED, Fuel.GAS)),
				coal(4, "8", new Change(LocalDate.of(2016, 5, 1), Status.REPLACED_BY_CENTRAL_HEATING, null)),
				// on standby is still there: it counts as not eliminated
				coal(5, "8", new Change(LocalDate.of(2016, 5, 1), Status.STANDBY, null)),
				// converted to gas, then back to coal
				coal(6, "8", new Change(LocalDate.of(2016, 5, 1), Status.CONVERTED, Fuel.GAS),
						new Change(LocalDate.of(2017, 3, 1), Status.CONVERTED, Fuel.COAL)));
		List<Finding> end2015 = BoilerDeadlines.assess(WENZHOU, boilers, END_2015);
		assertThat(states(end2015, 1)).containsExactly("R10-2015:DONE", "R10-2017:DONE");
		assertThat(states(end2015, 2)).containsExactly("R10-2015:DUE", "R10-2017:DUE");
		List<Finding> mid2016 = BoilerDeadlines.assess(WENZHOU, boilers, LocalDate.of(2016, 6, 1));
		assertThat(states(mid2016, 2)).containsExactly("R10-2015:DONE", "R10-2017:DONE");
		assertThat(states(mid2016, 3)).containsExactly("R10-2017:DONE");
		assertThat(states(mid2016, 4)).containsExactly("R10-2017:DONE");
		assertThat(states(mid2016, 5)).containsExactly("R10-2017:DUE");
		assertThat(states(mid2016, 6)).containsExactly("R10-2017:DONE");
		assertThat(states(BoilerDeadlines.assess(WENZHOU, boilers, END_2017.plusDays(1)), 6))
			.containsExactly("R10-2017:OVERDUE");
		// a gas boiler converted to coal later is covered from then on; one never on coal never
		Boiler gasThenCoal = new Boiler(7, new BigDecimal("3"), false, false, Fuel.GAS,
				List.of(new Change(LocalDate.of(2016, 1, 1), Status.CONVERTED, Fuel.COAL)));
		Boiler gas = new Boiler(8, new BigDecimal("3"), false, false, Fuel.GAS, List.of());
		assertThat(BoilerDeadlines.assess(WENZHOU, List.of(gasThenCoal, gas), END_2015)).isEmpty();
		assertThat(states(BoilerDeadlines.assess(WENZHOU, List.of(gasThenCoal, gas), LocalDate.of(2016, 1, 2)), 7))
			.containsExactly("R10-2015:OVERDUE", "R10-2017:DUE");
	}

	@Test
	void scatteredCoalBoilersInsideCoverageButNotTheNetworksOwnSources() {
		Boiler scattered = new Boiler(1, new BigDecimal("20"), false, true, Fuel.COAL, List.of());
		Boiler chp = new Boiler(2, new BigDecimal("75"), true, true, Fuel.COAL, List.of());
		Boiler outside = new Boiler(3, new BigDecimal("20"), false, false, Fuel.COAL, List.of());
		List<Finding> f = BoilerDeadlines.assess(WENZHOU, List.of(scattered, chp, outside), END_2017.plusDays(1));
		assertThat(states(f, 1)).containsExactly("R10-2017-coverage:OVERDUE");
		assertThat(states(f, 2)).isEmpty();
		assertThat(states(f, 3)).isEmpty();
	}

	@Test
	void aBoilerIsNotThereBeforeTheYearItWasCommissioned() {
		Boiler later = new Boiler(1, new BigDecimal("8"), false, false, Fuel.COAL, List.of(), 2019);
		assertThat(BoilerDeadlines.assess(WENZHOU, List.of(later), LocalDate.of(2018, 12, 31))).isEmpty();
		assertThat(states(BoilerDeadlines.assess(WENZHOU, List.of(later), LocalDate.of(2019, 1, 1)), 1))
			.containsExactly("R10-2017:OVERDUE");
	}

	@Test
	void megawattsConvertAtSevenTenthsPerTonneHour() {
		assertThat(BoilerDeadlines.tonnesPerHour(new BigDecimal("4.2"))).isEqualByComparingTo("6");
		assertThat(BoilerDeadlines.tonnesPerHour(new BigDecimal("7"))).isEqualByComparingTo("10");
		assertThat(BoilerDeadlines.tonnesPerHour(new BigDecimal("7.0007"))).isGreaterThan(new BigDecimal("10"));
	}
}
