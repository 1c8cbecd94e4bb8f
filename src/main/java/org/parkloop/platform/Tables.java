package org.parkloop.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parkloop.shared.RuleViolation;

/** Reads the first sheet of an .xlsx file, or a .csv file in UTF-8 or GBK, into a {@link Table}. */
public final class Tables {

	/** A bound that keeps a hostile file from exhausting memory; far above any real park or enterprise list. */
	static final int MAX_ROWS = 50_000;

	private Tables() {
	}

	public static Table read(String fileName, InputStream in, List<Column> columns) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			List<List<String>> raw;
			if (name.endsWith(".xlsx")) {
				raw = readXlsx(in);
			}
			else if (name.endsWith(".csv")) {
				raw = readCsv(in);
			}
			else {
				throw RuleViolation.onField("file", "import.fileType", fileName);
			}
			return toTable(raw, columns);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation v) {
				throw v;
			}
			throw RuleViolation.onField("file", "import.unreadable", fileName);
		}
	}

	/**
	 * A CSV file in UTF-8 (with or without a byte-order mark) or in GBK/GB18030, what Excel writes on Chinese Windows.
	 * The bytes are decoded strictly: a file that is neither says so instead of failing later on a missing column.
	 */
	private static List<List<String>> readCsv(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_CSV_BYTES + 1);
		if (bytes.length > MAX_CSV_BYTES) {
			throw RuleViolation.onField("file", "import.tooManyRows", MAX_ROWS);
		}
		String text = decode(bytes);
		if (text.indexOf('\u0000') >= 0) {
			throw RuleViolation.onField("file", "import.notText");
		}
		Reader reader = new java.io.StringReader(text);
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
				tooLarge(rows.size());
			}
		}
		return rows;
	}

	/** Far above any real list, and what the upload limit lets through. */
	static final int MAX_CSV_BYTES = 20 * 1024 * 1024;

	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GB18030"))) {
			try {
				return strict(bytes, 0, charset);
			}
			catch (RuleViolation e) {
				// try the next encoding
			}
		}
		throw RuleViolation.onField("file", "import.encoding");
	}

	private static String strict(byte[] bytes, int offset, java.nio.charset.Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw RuleViolation.onField("file", "import.encoding");
		}
	}

	private static List<List<String>> readXlsx(InputStream in) throws IOException {
		return XlsxRows.read(in, MAX_ROWS);
	}

	/**
	 * The sheets of an .xlsx workbook, streamed like a single-sheet file (bounded memory, {@link #MAX_ROWS} rows in
	 * all), each to be read by header with {@link Sheets#table}. For workbooks of several sheets.
	 */
	public static Sheets sheets(InputStream in) throws IOException {
		return new Sheets(XlsxRows.readAll(in, MAX_ROWS));
	}

	/** The sheets of a workbook by name. */
	public static final class Sheets {

		private final Map<String, List<List<String>>> byName;

		private Sheets(Map<String, List<List<String>>> byName) {
			this.byName = byName;
		}

		/**
		 * The sheet known by any of these names (its Chinese or English name, its key; case ignored), read by header;
		 * null when there is no such sheet.
		 */
		public Table table(java.util.Collection<String> names, List<Column> columns) {
			for (Map.Entry<String, List<List<String>>> sheet : byName.entrySet()) {
				if (names.stream().anyMatch(n -> n.equalsIgnoreCase(sheet.getKey()))) {
					return sheet.getValue().isEmpty() ? new Table(List.of()) : toTable(sheet.getValue(), columns);
				}
			}
			return null;
		}
	}

	private static void tooLarge(int rows) {
		if (rows > MAX_ROWS) {
			throw RuleViolation.onField("file", "import.tooManyRows", MAX_ROWS);
		}
	}

	private static Table toTable(List<List<String>> raw, List<Column> columns) {
		if (raw.isEmpty()) {
			throw RuleViolation.onField("file", "import.empty");
		}
		Map<Integer, String> keyAt = new HashMap<>();
		List<String> header = raw.get(0);
		for (int i = 0; i < header.size(); i++) {
			for (Column column : columns) {
				if (column.matches(header.get(i))) {
					keyAt.put(i, column.key());
				}
			}
		}
		for (Column column : columns) {
			if (column.required() && !keyAt.containsValue(column.key())) {
				throw RuleViolation.onField("file", "import.missingColumn", column.key(), column.zh());
			}
		}
		List<Table.Row> rows = new ArrayList<>();
		for (int r = 1; r < raw.size(); r++) {
			List<String> cells = raw.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			Map<String, String> byKey = new LinkedHashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				String key = keyAt.get(i);
				if (key != null) {
					byKey.put(key, cells.get(i));
				}
			}
			rows.add(new Table.Row(r + 1, byKey));
		}
		return new Table(rows);
	}
}
