package org.parkloop.transformation.status;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;

/**
 * A request to move a park's case on. Status or designation may be left out (null) to keep it as it is.
 */
public record TransitionCommand(TransformationStatus status, Designation designation, LocalDate effectiveDate,
		@Size(max = 2000) String note) {
}
