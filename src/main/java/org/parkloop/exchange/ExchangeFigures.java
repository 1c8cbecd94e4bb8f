package org.parkloop.exchange;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The exchange's figures of a park and year, for other modules (the annual report, the assessment, the public page):
 * the deals it took part in (as supplier's or receiver's park) completed in the year and still under way at its end,
 * what was shipped in the year by unit (t for wastes, GJ for heat, m³ for water), and how many enterprises of the park
 * took part (so that a reader can withhold figures of too few). Aggregates only: no enterprise is named.
 */
public interface ExchangeFigures {

	record Summary(String parkCode, int year, int dealsCompleted, int dealsUnderWay, Map<String, BigDecimal> shipped,
			int enterprises) {

		/** The tonnes shipped in the year (wastes and by-products counted in t). */
		public BigDecimal tonnes() {
			return shipped.getOrDefault("t", BigDecimal.ZERO);
		}
	}

	/** Every park's summary of the year, by park code (parks without deals absent). */
	Map<String, Summary> ofYear(int year);

	/** The city's figures of the year, each deal and shipment counted once ({@code parkCode} null). */
	Summary cityTotals(int year);
}
