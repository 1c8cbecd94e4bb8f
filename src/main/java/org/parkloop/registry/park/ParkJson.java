package org.parkloop.registry.park;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/** A park in the API, with its standing on the day asked for (today by default). */
public record ParkJson(String code, int seq, String nameZh, String nameEn, ParkLevel level, String administeredBy,
		BigDecimal plannedAreaKm2, Integer targetBatch, String mergedInto, boolean focus, String note,
		TransformationStatus status, Designation designation, LocalDate statusSince) {

	static ParkJson of(ParkView p, ParkStanding s) {
		return new ParkJson(p.code(), p.seq(), p.nameZh(), p.nameEn(), p.level(), p.administeredBy(), p.plannedAreaKm2(),
				p.targetBatch(), p.mergedInto(), p.focus(), p.note(), s.status(), s.designation(), s.since());
	}
}
