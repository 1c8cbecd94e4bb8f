package org.parkloop.registry.park;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.registry.ParkView;

/**
 * What a user sends to create or change a park, from a form, the API or a row of an imported table.
 *
 * @param level the level from the start; a PUT with another level than today's corrects the record from the start
 *     (dated changes are {@code POST …/level-changes})
 * @param mergedInto the park it was merged into from the start; a dated merger is {@code POST …/merger}
 * @param establishedOn the day the park was established; absent: it existed before the programme began
 * @param version the version of the record the change was made on (or the request's {@code If-Match})
 */
public record ParkCommand(@Size(max = 64) String code, @Size(max = 200) String nameZh, @Size(max = 200) String nameEn,
		@Size(max = 20) String level, @Size(max = 100) String administeredBy,
		@DecimalMin(value = "0", message = "park.area.negative") @DecimalMax(value = "99999999", message = "park.area.tooLarge") BigDecimal plannedAreaKm2, @Min(value = 2000, message = "park.batch.range") @Max(value = 2100, message = "park.batch.range") Integer targetBatch,
		@Size(max = 64) String mergedInto, Boolean focus, @Size(max = 2000) String note, LocalDate establishedOn,
		@Min(0) @Max(Integer.MAX_VALUE) Long version) {

	static ParkCommand of(ParkView p) {
		return new ParkCommand(p.code(), p.nameZh(), p.nameEn(), p.level().name(), p.administeredBy(),
				p.plannedAreaKm2(), p.targetBatch(), p.mergedInto(), p.focus(), p.note(), p.lifecycle().establishedOn(),
				p.version());
	}

	static ParkCommand empty() {
		return new ParkCommand(null, null, null, null, null, null, null, null, false, null, null, null);
	}

	ParkCommand withCode(String newCode) {
		return new ParkCommand(newCode, nameZh, nameEn, level, administeredBy, plannedAreaKm2, targetBatch, mergedInto,
				focus, note, establishedOn, version);
	}

	/** Blank texts become null, codes are trimmed. */
	ParkCommand normalized() {
		return new ParkCommand(trim(code), trim(nameZh), trim(nameEn), trim(level), trim(administeredBy), plannedAreaKm2,
				targetBatch, trim(mergedInto), focus != null && focus, trim(note), establishedOn, version);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
