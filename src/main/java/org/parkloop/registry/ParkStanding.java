package org.parkloop.registry;

import java.time.LocalDate;

import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;

/**
 * Where a park stands on a date: its status and designation, since when, and the park whose standing it follows
 * when it was merged into another (R2), or null.
 */
public record ParkStanding(TransformationStatus status, Designation designation, LocalDate since, String followsPark) {

	public static final ParkStanding INITIAL = new ParkStanding(TransformationStatus.NOT_STARTED, Designation.NONE, null,
			null);
}
