package org.parkloop.registry.enterprise;

import java.math.BigDecimal;

/** What a user sends to register or change an enterprise. */
public record EnterpriseCommand(String creditCode, String name, String parkCode, String industryCode, String address,
		BigDecimal latitude, BigDecimal longitude, String size) {

	static EnterpriseCommand of(Enterprise e) {
		return new EnterpriseCommand(e.creditCode(), e.name(), e.parkCode(), e.industryCode(), e.address(), e.latitude(),
				e.longitude(), e.size().name());
	}

	static EnterpriseCommand empty() {
		return new EnterpriseCommand(null, null, null, null, null, null, null, null);
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
