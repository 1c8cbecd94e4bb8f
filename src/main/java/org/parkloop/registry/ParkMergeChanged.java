package org.parkloop.registry;

import java.time.LocalDate;

/**
 * A park was merged into another (R2), from a date (null: from the start), or a merge was undone ({@code into}
 * null): what is counted per park (the indicators' values) is to be counted again.
 */
public record ParkMergeChanged(String parkCode, String into, LocalDate mergedOn) {
}
