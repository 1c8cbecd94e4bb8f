package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A renewable or efficient installation of an enterprise (R12): distributed PV (kW), solar hot water (collector area
 * in m²), heat pumps, biomass, combined cooling-heat-power (kW); its annual generation as electricity (MWh) and heat
 * (GJ); in operation from {@code commissionedOn} until {@code decommissionedOn}. CHP is efficient, not renewable:
 * listed, never counted in the renewable figures.
 */
public record Renewable(long id, String creditCode, String parkCode, String name, Kind kind, BigDecimal capacity,
		String capacityUnit, BigDecimal electricityMwh, BigDecimal heatGj, LocalDate commissionedOn,
		LocalDate decommissionedOn, long version) implements org.parkloop.shared.Versioned {

	public enum Kind {
		PV, SOLAR_THERMAL, HEAT_PUMP, BIOMASS, CHP
	}

	/** In operation at some time in the year. */
	boolean operatingIn(int year) {
		return commissionedOn.getYear() <= year && (decommissionedOn == null || decommissionedOn.getYear() >= year);
	}

	record Command(@Size(max = 18) String creditCode, @Size(max = 200) String name, @Size(max = 16) String kind,
			@DecimalMax("1e9") BigDecimal capacity, @Size(max = 4) String capacityUnit,
			@DecimalMax("1e9") BigDecimal electricityMwh, @DecimalMax("1e9") BigDecimal heatGj, LocalDate commissionedOn,
			LocalDate decommissionedOn, @Min(0) @jakarta.validation.constraints.Max(Long.MAX_VALUE) Long version) {
	}
}
