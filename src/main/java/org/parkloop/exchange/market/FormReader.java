package org.parkloop.exchange.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;

	/** Reads numbers, ids and dates of a form, collecting what it cannot read. */
final class FormReader {

	final Map<String, String> form;
	final List<FieldProblem> problems = new ArrayList<>();

	FormReader(Map<String, String> form) {
		this.form = form;
	}

	/** Refuses the form when something could not be read. */
	void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	Double number(String name, String field) {
		String v = form.get(name);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(v.trim().replace(",", ""));
		}
		catch (NumberFormatException e) {
			problems.add(new FieldProblem(field, "validation.number", v));
			return null;
		}
	}

	Long id(String name) {
		Double d = number(name, name);
		return d == null ? null : d.longValue();
	}

	LocalDate date(String name) {
		String v = form.get(name);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(v.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			problems.add(new FieldProblem(name, "validation.unreadable", v));
			return null;
		}
	}
}
