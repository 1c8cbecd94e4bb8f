package org.parkloop.energy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * R10's figures of a park as of a date, for other modules (the annual report): boilers overdue, due and done under
 * the deadline rules, the coal no longer burned and the CO2 it no longer emits, and whether central heating is
 * achieved (null without a heat-coverage area). For callers who read the park as an office.
 */
public interface EnergyFigures {

	record Summary(String parkCode, LocalDate asOf, int overdue, int due, int done, BigDecimal coalSavedTce,
			BigDecimal co2AvoidedTonnes, Boolean centralHeating) {
	}

	Summary summary(String parkCode, LocalDate asOf);
}
