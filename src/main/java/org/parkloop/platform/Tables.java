package org.parkloop.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.parkloop.shared.RuleViolation;

/** Reads the first sheet of an .xlsx file, or a UTF-8 .csv file, into a {@link Table}. */
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

	private static List<List<String>> readCsv(InputStream in) throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
				tooLarge(rows.size());
			}
		}
		return rows;
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
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
		}
		return rows;
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
