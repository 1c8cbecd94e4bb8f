package org.parkloop.registry.enterprise;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a user sends to register or change an enterprise. */
public record EnterpriseCommand(@Size(max = 64) String creditCode, @Size(max = 200) String name,
		@Size(max = 64) String parkCode, @Size(max = 10) String industryCode, @Size(max = 300) String address,
		@DecimalMin(value = "-90", message = "enterprise.latitude.range") @DecimalMax(value = "90", message = "enterprise.latitude.range") BigDecimal latitude,
		@DecimalMin(value = "-180", message = "enterprise.longitude.range") @DecimalMax(value = "180", message = "enterprise.longitude.range") BigDecimal longitude,
		@Size(max = 20) String size) {

	static EnterpriseCommand of(Enterprise e) {
		return new EnterpriseCommand(e.creditCode(), e.name(), e.parkCode(), e.industryCode(), e.address(), e.latitude(),
				e.longitude(), e.size().name());
	}

	static EnterpriseCommand empty() {
		return new EnterpriseCommand(null, null, null, null, null, null, null, null);
	}

	EnterpriseCommand withParkCode(String park) {
		return new EnterpriseCommand(creditCode, name, park, industryCode, address, latitude, longitude, size);
	}

	EnterpriseCommand withCreditCode(String code) {
		return new EnterpriseCommand(code, name, parkCode, industryCode, address, latitude, longitude, size);
	}

	EnterpriseCommand normalized() {
		return new EnterpriseCommand(creditCode == null ? null : creditCode.trim().toUpperCase(java.util.Locale.ROOT),
				trim(name), trim(parkCode), trim(industryCode), trim(address), latitude, longitude, trim(size));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
