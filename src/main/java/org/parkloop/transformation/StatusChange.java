package org.parkloop.transformation;

import java.time.Instant;
import java.time.LocalDate;

import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;

/** One dated transition of a park's case: the standing from {@code effectiveDate} on, who recorded it and why. */
public record StatusChange(int seq, LocalDate effectiveDate, TransformationStatus status, Designation designation,
		String note, String recordedBy, Instant recordedAt) {
}
