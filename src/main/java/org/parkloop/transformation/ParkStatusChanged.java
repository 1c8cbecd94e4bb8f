package org.parkloop.transformation;

import java.time.LocalDate;

import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;

/** Published when a park's status or designation changed (from {@code effectiveDate} on). */
public record ParkStatusChanged(String parkCode, TransformationStatus status, Designation designation,
		LocalDate effectiveDate) {
}
