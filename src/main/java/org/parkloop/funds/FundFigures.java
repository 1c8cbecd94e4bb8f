package org.parkloop.funds;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The city's subsidies of a park and year, for other modules (the annual report, the assessment): applications made
 * in the year, the amount granted by decisions of the year (less what was cancelled) and the amount paid in the year
 * (less repayments), in 元.
 */
public interface FundFigures {

	record Summary(String parkCode, int year, int applications, BigDecimal granted, BigDecimal paid) {
	}

	/** Every park's summary of the year, by park code (parks without applications or payments absent). */
	Map<String, Summary> ofYear(int year);
}
