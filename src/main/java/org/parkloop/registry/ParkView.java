package org.parkloop.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.parkloop.shared.ParkLevel;

/**
 * A park as the registry hands it out (R1). {@code level} is its level today; {@code mergedInto} names the park it
 * was merged into (R2), if any; {@code lifecycle} holds the dated facts that say how it stood on another date;
 * {@code version} is its record's optimistic lock.
 */
public record ParkView(String code, int seq, String nameZh, String nameEn, ParkLevel level, String administeredBy,
		BigDecimal plannedAreaKm2, Integer targetBatch, String mergedInto, boolean focus, String note,
		ParkLifecycle lifecycle, long version) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
	}

	public boolean merged() {
		return mergedInto != null;
	}

	public boolean existsOn(LocalDate date) {
		return lifecycle.existsOn(date);
	}

	public ParkLevel levelOn(LocalDate date) {
		return lifecycle.levelOn(date);
	}

	/** The park it followed at the end of the day (merged by then), or null. */
	public String mergedIntoOn(LocalDate date) {
		return mergedInto != null && lifecycle.mergedBy(date) ? mergedInto : null;
	}
}
