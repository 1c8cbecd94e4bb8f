package org.parkloop.registry.park;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.registry.ParkLifecycle;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.shared.Versioned;

/**
 * A park in the API, with its standing on the day asked for (today by default). {@code level} is today's level;
 * {@code levelChanges} its dated changes; {@code establishedOn}, {@code mergedOn} and {@code revokedOn} the dates of
 * its record (null: before the programme began, from the start, not revoked); {@code version} the record's optimistic
 * lock (also the {@code ETag}), to send back with a change.
 */
public record ParkJson(String code, int seq, String nameZh, String nameEn, ParkLevel level, String administeredBy,
		BigDecimal plannedAreaKm2, Integer targetBatch, String mergedInto, boolean focus, String note,
		TransformationStatus status, Designation designation, LocalDate statusSince, LocalDate establishedOn,
		List<ParkLifecycle.LevelChange> levelChanges, LocalDate mergedOn, LocalDate revokedOn, long version)
		implements Versioned {

	static ParkJson of(ParkView p, ParkStanding s) {
		ParkLifecycle life = p.lifecycle();
		return new ParkJson(p.code(), p.seq(), p.nameZh(), p.nameEn(), p.level(), p.administeredBy(), p.plannedAreaKm2(),
				p.targetBatch(), p.mergedInto(), p.focus(), p.note(), s.status(), s.designation(), s.since(),
				life.establishedOn(), life.levelChanges(), p.merged() ? life.mergedOn() : null, life.revokedOn(), p.version());
	}
}
