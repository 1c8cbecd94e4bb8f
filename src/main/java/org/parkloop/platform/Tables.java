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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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

	/** A sheet's cells as text, row by row. */
	private static List<List<String>> cells(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			tooLarge(r);
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			if (row != null) {
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : text(cell));
				}
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * The sheet of a workbook known by any of these names (its Chinese or English name, its key), read by header
	 * like a single-sheet file; null when the workbook has no such sheet. For workbooks of several sheets.
	 */
	public static Table sheet(Workbook workbook, java.util.Collection<String> names, List<Column> columns) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			String name = workbook.getSheetName(i).trim();
			if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
				List<List<String>> raw = cells(workbook.getSheetAt(i));
				return raw.isEmpty() ? new Table(List.of()) : toTable(raw, columns);
			}
		}
		return null;
	}

	/**
	 * A cell as text: a date as an ISO date (2026-01-31) whatever its display format, a number exactly (its shortest
	 * decimal form, a whole number without ".0"), anything else as written.
	 */
	private static String text(Cell cell) {
		org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
				? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> {
				if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
					yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
				}
				double d = cell.getNumericCellValue();
				yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
			}
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
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
