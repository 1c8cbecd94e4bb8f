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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
		Reader reader = new java.io.StringReader(decode(bytes));
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
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				tooLarge(r);
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : text(cell, formatter));
					}
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/** A date cell as an ISO date (2026-01-31), whatever its display format; any other cell as displayed. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
				&& org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
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
