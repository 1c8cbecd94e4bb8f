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
 * A model as an Excel workbook: sheets of processes (id, name), flows (id, from, to, value, sigma, relativeSigma),
 * stock changes, layers (layer, flow, value, sigma, relativeSigma), relations (relation, flow, coefficient, constant)
 * and settings. Numbers are numeric cells, so a round trip keeps the model exactly.
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
			Sheet layers = wb.createSheet("layers");
			header(layers, "layer", "flow", "value", "sigma", "relativeSigma");
			r = 1;
			for (ModelDocument.LayerJson layer : doc.layers()) {
				for (ModelDocument.ConcentrationJson c : layer.concentrations() == null ? List.<ModelDocument.ConcentrationJson>of()
						: layer.concentrations()) {
					Row row = layers.createRow(r++);
					text(row, 0, layer.id());
					text(row, 1, c.flow());
					number(row, 2, c.value());
					number(row, 3, c.sigma());
					number(row, 4, c.relativeSigma());
				}
				if (layer.concentrations() == null || layer.concentrations().isEmpty()) {
					text(layers.createRow(r++), 0, layer.id());
				}
			}
			Sheet relations = wb.createSheet("relations");
			header(relations, "relation", "flow", "coefficient", "constant");
			r = 1;
			int n = 0;
			for (ModelDocument.RelationJson rel : doc.relations()) {
				n++;
				for (ModelDocument.TermJson t : rel.terms() == null ? List.<ModelDocument.TermJson>of() : rel.terms()) {
					Row row = relations.createRow(r++);
					row.createCell(0).setCellValue(n);
					text(row, 1, t.flow());
					number(row, 2, t.coefficient());
					number(row, 3, rel.constant());
				}
			}
			Sheet settings = wb.createSheet("settings");
			header(settings, "setting", "value");
			Row nonNegative = settings.createRow(1);
			text(nonNegative, 0, "nonNegative");
			text(nonNegative, 1, Boolean.toString(Boolean.TRUE.equals(doc.nonNegative())));
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
			return new ModelDocument(processes, flows, stocks, layers(wb.getSheet("layers")), relations(wb.getSheet("relations")),
					nonNegative(wb.getSheet("settings")));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation v) {
				throw v;
			}
			throw RuleViolation.onField("file", "import.unreadable", "xlsx");
		}
	}

	private static List<ModelDocument.LayerJson> layers(Sheet sheet) {
		java.util.Map<String, List<ModelDocument.ConcentrationJson>> byLayer = new java.util.LinkedHashMap<>();
		if (sheet != null) {
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || text(row, 0) == null) {
					continue;
				}
				List<ModelDocument.ConcentrationJson> list = byLayer.computeIfAbsent(text(row, 0), k -> new ArrayList<>());
				if (text(row, 1) != null) {
					list.add(new ModelDocument.ConcentrationJson(text(row, 1), number(row, 2, r), number(row, 3, r),
							number(row, 4, r)));
				}
			}
		}
		return byLayer.entrySet().stream().map(e -> new ModelDocument.LayerJson(e.getKey(), e.getValue())).toList();
	}

	private static List<ModelDocument.RelationJson> relations(Sheet sheet) {
		java.util.Map<String, List<ModelDocument.TermJson>> terms = new java.util.LinkedHashMap<>();
		java.util.Map<String, Double> constants = new java.util.HashMap<>();
		if (sheet != null) {
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || text(row, 0) == null) {
					continue;
				}
				String id = text(row, 0);
				terms.computeIfAbsent(id, k -> new ArrayList<>()).add(new ModelDocument.TermJson(text(row, 1), number(row, 2, r)));
				constants.put(id, number(row, 3, r));
			}
		}
		return terms.entrySet().stream()
			.map(e -> new ModelDocument.RelationJson(e.getValue(), constants.get(e.getKey())))
			.toList();
	}

	private static Boolean nonNegative(Sheet sheet) {
		if (sheet != null) {
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && "nonNegative".equals(text(row, 0))) {
					return "true".equalsIgnoreCase(text(row, 1));
				}
			}
		}
		return false;
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
