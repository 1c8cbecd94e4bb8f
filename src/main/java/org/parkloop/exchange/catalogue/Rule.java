package org.parkloop.exchange.catalogue;

import java.time.Instant;
import java.util.Locale;

/**
 * A compatibility rule: a material (or every material of its category, when the rule names the category) can replace
 * an input, in an industry (GB/T 4754 division; null = any), within a distance, under quality conditions, by a
 * licensed receiver if so marked; with the source that says so.
 */
public record Rule(long id, String materialCode, String useZh, String useEn, String industryCode, Double maxDistanceKm,
		boolean licenceRequired, String qualityCondition, String source, boolean active, String updatedBy,
		Instant updatedAt, long version) implements org.parkloop.shared.Versioned {

	public String use(Locale locale) {
		return "en".equals(locale.getLanguage()) ? useEn : useZh;
	}

	/** Whether the rule covers this material (by its code or its category) for a receiver in this industry. */
	public boolean covers(Material m, String receiverIndustry) {
		boolean material = materialCode.equals(m.code()) || materialCode.equals(m.category());
		return active && material && (industryCode == null || industryCode.equals(receiverIndustry));
	}
}
