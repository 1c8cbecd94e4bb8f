package org.parkloop.registry;

import java.time.LocalDate;

/**
 * An engineering consultancy (工程咨询单位, R14) and its qualification: grade {@code A} 甲级, {@code B} 乙级 or
 * {@code C} 丙级, with its certificate's number and last day of validity.
 */
public record Consultancy(String creditCode, String name, String grade, String certificateNumber,
		LocalDate certificateValidUntil, long version) implements org.parkloop.shared.Versioned {

	/** R14: a plan may be compiled by a consultancy of 乙级 or above whose certificate is valid on the day. */
	public boolean qualifiedOn(LocalDate date) {
		return ("A".equals(grade) || "B".equals(grade)) && !certificateValidUntil.isBefore(date);
	}
}
