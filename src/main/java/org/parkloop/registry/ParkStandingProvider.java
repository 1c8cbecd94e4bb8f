package org.parkloop.registry;

import java.time.LocalDate;
import java.util.Map;

/** Supplies each park's transformation standing to the registry's pages and API (implemented by transformation). */
public interface ParkStandingProvider {

	/** The standing of every park on a date, by park code. */
	Map<String, ParkStanding> standingsAsOf(LocalDate date);
}
