package org.parkloop.registry;

import java.math.BigDecimal;
import java.util.Locale;

import org.parkloop.shared.ParkLevel;

/** A park as the registry hands it out (R1). {@code mergedInto} names the park it was merged into (R2), if any. */
public record ParkView(String code, int seq, String nameZh, String nameEn, ParkLevel level, String administeredBy,
		BigDecimal plannedAreaKm2, Integer targetBatch, String mergedInto, boolean focus, String note) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
	}

	public boolean merged() {
		return mergedInto != null;
	}
}
