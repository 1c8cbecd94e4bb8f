package org.parkloop.platform;

import java.util.List;
import java.util.Map;

/** A table read from a CSV or Excel file: rows of cells keyed by {@link Column#key()}. */
public record Table(List<Row> rows) {

	/** @param number the row's number as the user sees it in the file (the header is row 1) */
	public record Row(int number, Map<String, String> cells) {

		/** The trimmed cell, or null when empty. */
		public String get(String key) {
			String v = cells.get(key);
			return v == null || v.isBlank() ? null : v.trim();
		}
	}
}
