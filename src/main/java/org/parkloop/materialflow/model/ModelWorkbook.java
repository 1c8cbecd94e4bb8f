package org.parkloop.materialflow.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parkloop.shared.RuleViolation;

/**
 * A model as an Excel workbook: a sheet of processes (id, name), a sheet of flows (id, from, to, value, sigma) and a
 * sheet of stock changes (process, change, sigma). Numbers are numeric cells, so a round trip keeps them exactly.
 */
final class ModelWorkbook {

	private ModelWorkbook() {
	}

	static byte[] write(ModelDocument doc) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet p = wb.createSheet("processes");
			header(p, "id", "name");
			int r = 1;
			for (ModelDocument.ProcessJson x : doc.processes()) {
				Row row = p.createRow(r++);
				text(row, 0, x.id());
				text(row, 1, x.name());
			}
			Sheet f = wb.createSheet("flows");
			header(f, "id", "from", "to", "value", "sigma", "relativeSigma");
			r = 1;
			for (ModelDocument.FlowJson x : doc.flows()) {
				Row row = f.createRow(r++);
				text(row, 0, x.id());
				text(row, 1, x.from());
				text(row, 2, x.to());
				number(row, 3, x.value());
				number(row, 4, x.sigma());
				number(row, 5, x.relativeSigma());
			}
			Sheet s = wb.createSheet("stocks");
			header(s, "process", "change", "sigma", "relativeSigma");
			r = 1;
			for (ModelDocument.StockJson x : doc.stocks()) {
				Row row = s.createRow(r++);
				text(row, 0, x.process());
				number(row, 1, x.change());
				number(row, 2, x.sigma());
				number(row, 3, x.relativeSigma());
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ModelDocument read(InputStream in) {
		try (Workbook wb = WorkbookFactory.create(in)) {
			Sheet p = required(wb, "processes");
			Sheet f = required(wb, "flows");
			Sheet s = wb.getSheet("stocks");
			List<ModelDocument.ProcessJson> processes = new ArrayList<>();
			for (int r = 1; r <= p.getLastRowNum(); r++) {
				Row row = p.getRow(r);
				if (row != null && text(row, 0) != null) {
					processes.add(new ModelDocument.ProcessJson(text(row, 0), text(row, 1)));
				}
			}
			List<ModelDocument.FlowJson> flows = new ArrayList<>();
			for (int r = 1; r <= f.getLastRowNum(); r++) {
				Row row = f.getRow(r);
				if (row != null && text(row, 0) != null) {
					flows.add(new ModelDocument.FlowJson(text(row, 0), text(row, 1), text(row, 2), number(row, 3, r),
							number(row, 4, r), number(row, 5, r)));
				}
			}
			List<ModelDocument.StockJson> stocks = new ArrayList<>();
			if (s != null) {
				for (int r = 1; r <= s.getLastRowNum(); r++) {
					Row row = s.getRow(r);
					if (row != null && text(row, 0) != null) {
						stocks.add(new ModelDocument.StockJson(text(row, 0), number(row, 1, r), number(row, 2, r),
								number(row, 3, r)));
					}
				}
			}
			return new ModelDocument(processes, flows, stocks, List.of(), List.of(), false);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation v) {
				throw v;
			}
			throw RuleViolation.onField("file", "import.unreadable", "xlsx");
		}
	}

	private static Sheet required(Workbook wb, String name) {
		Sheet s = wb.getSheet(name);
		if (s == null) {
			throw RuleViolation.onField("file", "mfa.sheetMissing", name);
		}
		return s;
	}

	private static void header(Sheet sheet, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
		}
	}

	private static void text(Row row, int c, String v) {
		if (v != null) {
			row.createCell(c).setCellValue(v);
		}
	}

	private static void number(Row row, int c, Double v) {
		if (v != null) {
			row.createCell(c).setCellValue(v);
		}
	}

	private static String text(Row row, int c) {
		Cell cell = row.getCell(c);
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		String v = cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue();
		return v == null || v.isBlank() ? null : v.trim();
	}

	private static Double number(Row row, int c, int r) {
		Cell cell = row.getCell(c);
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return cell.getNumericCellValue();
		}
		String text = cell.getStringCellValue().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw RuleViolation.onField("file", "mfa.cellNotNumber", row.getSheet().getSheetName(), r + 1, text);
		}
	}
}
