package org.parkloop.registry.enterprise;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a user sends to register or change an enterprise; {@code version} is the version of the record the change
 * was made on (or the request's {@code If-Match}).
 */
public record EnterpriseCommand(@Size(max = 64) String creditCode, @Size(max = 200) String name,
		@Size(max = 64) String parkCode, @Size(max = 10) String industryCode, @Size(max = 300) String address,
		@DecimalMin(value = "-90", message = "enterprise.latitude.range") @DecimalMax(value = "90", message = "enterprise.latitude.range") BigDecimal latitude,
		@DecimalMin(value = "-180", message = "enterprise.longitude.range") @DecimalMax(value = "180", message = "enterprise.longitude.range") BigDecimal longitude,
		@Size(max = 20) String size, @Min(0) @Max(Integer.MAX_VALUE) Long version) {

	EnterpriseCommand(String creditCode, String name, String parkCode, String industryCode, String address,
			BigDecimal latitude, BigDecimal longitude, String size) {
		this(creditCode, name, parkCode, industryCode, address, latitude, longitude, size, null);
	}

	static EnterpriseCommand of(Enterprise e) {
		return new EnterpriseCommand(e.creditCode(), e.name(), e.parkCode(), e.industryCode(), e.address(), e.latitude(),
				e.longitude(), e.size().name(), e.version());
	}

	static EnterpriseCommand empty() {
		return new EnterpriseCommand(null, null, null, null, null, null, null, null);
	}

	EnterpriseCommand withParkCode(String park) {
		return new EnterpriseCommand(creditCode, name, park, industryCode, address, latitude, longitude, size, version);
	}

	EnterpriseCommand withCreditCode(String code) {
		return new EnterpriseCommand(code, name, parkCode, industryCode, address, latitude, longitude, size, version);
	}

	EnterpriseCommand normalized() {
		return new EnterpriseCommand(creditCode == null ? null : creditCode.trim().toUpperCase(java.util.Locale.ROOT),
				trim(name), trim(parkCode), trim(industryCode), trim(address), latitude, longitude, trim(size), version);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
