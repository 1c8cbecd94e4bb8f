package org.parkloop.platform;

import java.util.List;

import org.parkloop.shared.FieldProblem;

/** Helpers for server-rendered forms. */
public final class Forms {

	private Forms() {
	}

	/** The problems found reading a form, then the rules' problems with fields that were read. */
	public static List<FieldProblem> merge(List<FieldProblem> reading, List<FieldProblem> rules) {
		java.util.Set<String> unreadable = new java.util.HashSet<>();
		reading.forEach(p -> unreadable.add(p.field()));
		List<FieldProblem> all = new java.util.ArrayList<>(reading);
		rules.stream().filter(p -> !unreadable.contains(p.field())).forEach(all::add);
		return firstPerField(all);
	}

	/** The first problem of each field, in order: "too long" and then "not a valid code" would say the same twice. */
	public static List<FieldProblem> firstPerField(List<FieldProblem> problems) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return problems.stream().filter(p -> seen.add(p.field())).toList();
	}

	/** A date typed in a form (ISO, as a date input sends it): null when empty or not a date, so the rules name the field. */
	public static java.time.LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * A number typed in a form: null when empty; one that is not a number reads as -1, which every rule on amounts
	 * refuses naming the field.
	 */
	public static java.math.BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : new java.math.BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			return java.math.BigDecimal.valueOf(-1);
		}
	}
}
