package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A boiler as the API sends it (R10): its enterprise, capacity in t/h or MW, fuel, whether it is a heat source of
 * the network itself, commissioning year, location (the enterprise's when not given) in the system it was taken in
 * ({@code crs}: WGS84 by default, GCJ02 or BD09 from Chinese web maps), and its annual coal use or operating hours.
 */
record BoilerCommand(@Size(max = 64) String creditCode, @Size(max = 200) String name,
		@DecimalMax("1e6") BigDecimal capacity, @Size(max = 4) String capacityUnit, @Size(max = 16) String fuel,
		Boolean heatSource, @Min(1900) @Max(2100) Integer commissioningYear,
		@DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
		@Size(max = 6) String crs, @DecimalMax("1e9") BigDecimal annualCoalTonnes, @Min(0) @Max(8784) Integer operatingHours,
		@Min(0) @Max(Long.MAX_VALUE) Long version) {

	/** A dated change of the boiler's status; {@code fuel} the new one when converted. */
	record ChangeCommand(LocalDate date, @Size(max = 28) String status, @Size(max = 16) String fuel) {
	}
}
