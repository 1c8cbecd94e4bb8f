package org.parkloop.programme.engine;

import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/**
 * What the goal engine knows of a park on one date. A merged park (R2) carries the standing of the park it was
 * merged into, and names that park in {@code mergedInto}.
 */
public record ParkFact(String code, int seq, ParkLevel level, Integer batch, String mergedInto,
		TransformationStatus status, Designation designation) {

	boolean merged() {
		return mergedInto != null;
	}
}
