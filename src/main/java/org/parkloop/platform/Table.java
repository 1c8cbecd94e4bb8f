package org.parkloop.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.shared.FieldProblem;

/** A table read from a CSV or Excel file: rows of cells keyed by {@link Column#key()}. */
public record Table(List<Row> rows) {

	/** Dates as people write them: 2026-01-31, 2026/1/31, 2026.1.31, 2026年1月31日, or Excel's 1/31/26. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("M/d/yy"));

	/**
	 * One row of an imported table, or the fields of a submitted form: both are read with the same rules, so that
	 * "abc" in a number field gets the same message in a form, an import and the API. Each reader returns null for an
	 * empty cell and adds a problem naming the field for one it cannot read.
	 *
	 * @param number the row's number as the user sees it in the file (the header is row 1; 0 for a form)
	 */
	public record Row(int number, Map<String, String> cells) {

		/** A submitted form's fields. */
		public static Row ofForm(Map<String, String> form) {
			return new Row(0, form);
		}

		/** The trimmed cell, or null when empty. */
		public String get(String key) {
			String v = cells.get(key);
			return v == null || v.isBlank() ? null : v.trim();
		}

		/** A number as written (thousands separators allowed), exactly. */
		public BigDecimal decimal(String key, List<FieldProblem> problems) {
			String text = get(key);
			if (text == null) {
				return null;
			}
			try {
				return new BigDecimal(text.replace(",", "").replace("，", ""));
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem(key, "validation.number", text));
				return null;
			}
		}

		/** A number as a double; a value too large to be finite is unreadable too. */
		public Double number(String key, List<FieldProblem> problems) {
			BigDecimal d = decimal(key, problems);
			if (d == null) {
				return null;
			}
			double v = d.doubleValue();
			if (Double.isInfinite(v)) {
				problems.add(new FieldProblem(key, "validation.notFinite", get(key)));
				return null;
			}
			return v;
		}

		public Integer integer(String key, List<FieldProblem> problems) {
			String text = get(key);
			if (text == null) {
				return null;
			}
			try {
				return new BigDecimal(text.replace(",", "")).intValueExact();
			}
			catch (ArithmeticException | NumberFormatException e) {
				problems.add(new FieldProblem(key, "validation.integer", text));
				return null;
			}
		}

		public LocalDate date(String key, List<FieldProblem> problems) {
			String text = get(key);
			if (text == null) {
				return null;
			}
			for (DateTimeFormatter f : DATES) {
				try {
					return LocalDate.parse(text, f);
				}
				catch (DateTimeParseException e) {
					// the next way of writing it
				}
			}
			problems.add(new FieldProblem(key, "validation.date", text));
			return null;
		}

		/** true/false, yes/no, 是/否, 1/0; empty means false. */
		public boolean bool(String key, List<FieldProblem> problems) {
			String text = get(key);
			if (text == null) {
				return false;
			}
			return switch (text.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "y", "1", "是", "on" -> true;
				case "false", "no", "n", "0", "否", "off" -> false;
				default -> {
					problems.add(new FieldProblem(key, "validation.boolean", text));
					yield false;
				}
			};
		}
	}
}
