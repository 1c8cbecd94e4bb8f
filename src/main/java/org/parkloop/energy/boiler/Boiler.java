package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.energy.engine.BoilerDeadlines;

/**
 * A boiler as stored and shown: capacity as given and in t/h, the fuel it was commissioned with, fuel and status now
 * (after its dated changes),
 * location in WGS-84 and the system it was entered in. {@code insideCoverage} is computed from the heat networks'
 * coverage areas, never typed in: null while no coverage area has been recorded for its park.
 */
public record Boiler(long id, String creditCode, String parkCode, String name, BigDecimal capacity, String capacityUnit,
		BigDecimal tonnesPerHour, BoilerDeadlines.Fuel commissionedFuel, BoilerDeadlines.Fuel fuel,
		BoilerDeadlines.Status status, boolean heatSource,
		Integer commissioningYear, double latitude, double longitude, String crs, Boolean insideCoverage,
		BigDecimal annualCoalTonnes, Integer operatingHours, List<Change> changes, long version)
		implements org.parkloop.shared.Versioned {

	public record Change(LocalDate date, BoilerDeadlines.Status status, BoilerDeadlines.Fuel fuel, String recordedBy) {
	}
}
