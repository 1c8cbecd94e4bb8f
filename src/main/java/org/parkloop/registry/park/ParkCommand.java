package org.parkloop.registry.park;

import java.math.BigDecimal;

import org.parkloop.registry.ParkView;

/** What a user sends to create or change a park, from a form, the API or a row of an imported table. */
public record ParkCommand(String code, String nameZh, String nameEn, String level, String administeredBy,
		BigDecimal plannedAreaKm2, Integer targetBatch, String mergedInto, Boolean focus, String note) {

	static ParkCommand of(ParkView p) {
		return new ParkCommand(p.code(), p.nameZh(), p.nameEn(), p.level().name(), p.administeredBy(),
				p.plannedAreaKm2(), p.targetBatch(), p.mergedInto(), p.focus(), p.note());
	}

	static ParkCommand empty() {
		return new ParkCommand(null, null, null, null, null, null, null, null, false, null);
	}

	ParkCommand withCode(String newCode) {
		return new ParkCommand(newCode, nameZh, nameEn, level, administeredBy, plannedAreaKm2, targetBatch, mergedInto,
				focus, note);
	}

	/** Blank texts become null, codes are trimmed. */
	ParkCommand normalized() {
		return new ParkCommand(trim(code), trim(nameZh), trim(nameEn), trim(level), trim(administeredBy), plannedAreaKm2,
				targetBatch, trim(mergedInto), focus != null && focus, trim(note));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
