package org.parkloop.materialflow.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parkloop.platform.Column;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.shared.RuleViolation;

/**
 * A model as an Excel workbook, its sheets and headers in the reader's language: processes (id, name), flows (id,
 * from, to, value, σ, relative σ), stock changes, layers, relations and settings. A sheet is found by its Chinese or
 * English name (or the key), a column by its Chinese or English header, so either language's file imports. Numbers
 * are numeric cells: a round trip keeps the model exactly.
 */
final class ModelWorkbook {

	/** A sheet: its key and names, and its columns (whose keys the reader uses). */
	private record Part(String key, String zh, String en, List<Column> columns) {

		String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : zh;
		}
	}

	private static Column column(String key, String zh, String en) {
		return new Column(key, zh, en, false);
	}

	private static final Column ID = column("id", "编号", "Id");
	private static final Column SIGMA = column("sigma", "标准差", "Sigma");
	private static final Column RELATIVE = column("relativeSigma", "相对标准差", "Relative sigma");

	private static final Part PROCESSES = new Part("processes", "过程", "Processes", List.of(ID, column("name", "名称", "Name")));
	private static final Part FLOWS = new Part("flows", "流", "Flows", List.of(ID, column("from", "来自", "From"),
			column("to", "去往", "To"), column("value", "数值", "Value"), SIGMA, RELATIVE));
	private static final Part STOCKS = new Part("stocks", "库存变化", "Stock changes",
			List.of(column("process", "过程", "Process"), column("change", "变化量", "Change"), SIGMA, RELATIVE));
	private static final Part LAYERS = new Part("layers", "物质层", "Layers", List.of(column("layer", "层", "Layer"),
			column("flow", "流", "Flow"), column("value", "浓度", "Concentration"), SIGMA, RELATIVE));
	private static final Part RELATIONS = new Part("relations", "关系式", "Relations", List.of(column("relation", "关系式", "Relation"),
			column("flow", "流", "Flow"), column("coefficient", "系数", "Coefficient"), column("constant", "常数", "Constant")));
	private static final Part SETTINGS = new Part("settings", "设置", "Settings",
			List.of(column("setting", "设置项", "Setting"), column("value", "值", "Value")));

	private static final Column NON_NEGATIVE = column("nonNegative", "非负约束", "Non-negative");

	private ModelWorkbook() {
	}

	static byte[] write(ModelDocument doc, Locale locale) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			List<List<Object>> rows = new ArrayList<>();
			doc.processes().forEach(x -> rows.add(List.of(x.id(), nullable(x.name()))));
			sheet(wb, PROCESSES, rows, locale);
			rows.clear();
			doc.flows().forEach(x -> rows.add(java.util.Arrays.asList(x.id(), x.from(), x.to(), x.value(), x.sigma(),
					x.relativeSigma())));
			sheet(wb, FLOWS, rows, locale);
			rows.clear();
			doc.stocks().forEach(x -> rows.add(java.util.Arrays.asList(x.process(), x.change(), x.sigma(), x.relativeSigma())));
			sheet(wb, STOCKS, rows, locale);
			rows.clear();
			for (ModelDocument.LayerJson layer : doc.layers()) {
				List<ModelDocument.ConcentrationJson> list = layer.concentrations() == null ? List.of() : layer.concentrations();
				list.forEach(c -> rows.add(java.util.Arrays.asList(layer.id(), c.flow(), c.value(), c.sigma(), c.relativeSigma())));
				if (list.isEmpty()) {
					rows.add(java.util.Arrays.asList(layer.id()));
				}
			}
			sheet(wb, LAYERS, rows, locale);
			rows.clear();
			int n = 0;
			for (ModelDocument.RelationJson rel : doc.relations()) {
				n++;
				for (ModelDocument.TermJson t : rel.terms() == null ? List.<ModelDocument.TermJson>of() : rel.terms()) {
					rows.add(java.util.Arrays.asList((double) n, t.flow(), t.coefficient(), rel.constant()));
				}
			}
			sheet(wb, RELATIONS, rows, locale);
			rows.clear();
			boolean yes = Boolean.TRUE.equals(doc.nonNegative());
			rows.add(List.of(NON_NEGATIVE.label(locale), "en".equals(locale.getLanguage()) ? (yes ? "yes" : "no") : (yes ? "是" : "否")));
			sheet(wb, SETTINGS, rows, locale);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Object nullable(String s) {
		return s == null ? "" : s;
	}

	private static void sheet(Workbook wb, Part part, List<List<Object>> rows, Locale locale) {
		Sheet sheet = wb.createSheet(part.name(locale));
		CellStyle bold = wb.createCellStyle();
		Font font = wb.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int c = 0; c < part.columns().size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(part.columns().get(c).label(locale));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(c, 18 * 256);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				if (values.get(c) instanceof Double d) {
					row.createCell(c).setCellValue(d);
				}
				else if (values.get(c) instanceof String s && !s.isEmpty()) {
					row.createCell(c).setCellValue(s);
				}
			}
		}
		sheet.createFreezePane(0, 1);
	}

	static ModelDocument read(InputStream in) {
		try {
			Tables.Sheets wb = Tables.sheets(in);
			List<ModelDocument.ProcessJson> processes = new ArrayList<>();
			for (Table.Row l : rows(wb, PROCESSES, true)) {
				processes.add(new ModelDocument.ProcessJson(l.get("id"), l.get("name")));
			}
			List<ModelDocument.FlowJson> flows = new ArrayList<>();
			for (Table.Row l : rows(wb, FLOWS, true)) {
				flows.add(new ModelDocument.FlowJson(l.get("id"), l.get("from"), l.get("to"), number(FLOWS, l, "value"),
						number(FLOWS, l, "sigma"), number(FLOWS, l, "relativeSigma")));
			}
			List<ModelDocument.StockJson> stocks = new ArrayList<>();
			for (Table.Row l : rows(wb, STOCKS, false)) {
				stocks.add(new ModelDocument.StockJson(l.get("process"), number(STOCKS, l, "change"), number(STOCKS, l, "sigma"),
						number(STOCKS, l, "relativeSigma")));
			}
			Map<String, List<ModelDocument.ConcentrationJson>> byLayer = new LinkedHashMap<>();
			for (Table.Row l : rows(wb, LAYERS, false)) {
				List<ModelDocument.ConcentrationJson> list = byLayer.computeIfAbsent(l.get("layer"), k -> new ArrayList<>());
				if (l.get("flow") != null) {
					list.add(new ModelDocument.ConcentrationJson(l.get("flow"), number(LAYERS, l, "value"),
							number(LAYERS, l, "sigma"), number(LAYERS, l, "relativeSigma")));
				}
			}
			Map<String, List<ModelDocument.TermJson>> terms = new LinkedHashMap<>();
			Map<String, Double> constants = new HashMap<>();
			for (Table.Row l : rows(wb, RELATIONS, false)) {
				terms.computeIfAbsent(l.get("relation"), k -> new ArrayList<>())
					.add(new ModelDocument.TermJson(l.get("flow"), number(RELATIONS, l, "coefficient")));
				constants.put(l.get("relation"), number(RELATIONS, l, "constant"));
			}
			boolean nonNegative = false;
			for (Table.Row l : rows(wb, SETTINGS, false)) {
				if (l.get("setting") != null && NON_NEGATIVE.matches(l.get("setting"))) {
					nonNegative = l.bool("value", new ArrayList<>());
				}
			}
			return new ModelDocument(processes, flows, stocks,
					byLayer.entrySet().stream().map(e -> new ModelDocument.LayerJson(e.getKey(), e.getValue())).toList(),
					terms.entrySet().stream().map(e -> new ModelDocument.RelationJson(e.getValue(), constants.get(e.getKey())))
						.toList(),
					nonNegative);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation v) {
				throw v;
			}
			throw RuleViolation.onField("file", "import.unreadable", "xlsx");
		}
	}

	/** A sheet's rows that have their first column, found by either language's name; a required one is named. */
	private static List<Table.Row> rows(Tables.Sheets wb, Part part, boolean required) {
		Table table = wb.table(List.of(part.key(), part.zh(), part.en()), part.columns());
		if (table == null) {
			if (required) {
				throw RuleViolation.onField("file", "mfa.sheetMissing", part.zh() + " / " + part.en());
			}
			return List.of();
		}
		String first = part.columns().get(0).key();
		return table.rows().stream().filter(r -> r.get(first) != null).toList();
	}

	private static Double number(Part part, Table.Row row, String key) {
		String text = row.get(key);
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text.replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw RuleViolation.onField("file", "mfa.cellNotNumber", part.zh(), row.number(), text);
		}
	}
}
