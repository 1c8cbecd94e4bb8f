package org.parkloop.registry.park;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parkloop.platform.Column;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.Messages;
import org.parkloop.platform.RowError;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.FieldProblem;

/**
 * Reads parks from a CSV or Excel table. The columns are those of the shipped {@code parks.csv}; headers may also be
 * the Chinese or English labels of an exported sheet.
 */
final class ParkImport {

	static final List<Column> COLUMNS = List.of(
			new Column("seq", "序号", "No.", false),
			new Column("code", "编码", "Code", true),
			new Column("nameZh", "园区名称", "Name (Chinese)", true, "name_zh"),
			new Column("nameEn", "英文名称", "Name (English)", false, "name_en"),
			new Column("level", "级别", "Level", true),
			new Column("administeredBy", "管理单位", "Administered by", true, "administered_by_zh", "administered_by"),
			new Column("plannedAreaKm2", "规划面积（平方公里）", "Planned area (km²)", false, "planned_area_km2"),
			new Column("targetBatch", "目标批次", "Target batch", false, "target_batch"),
			new Column("mergedInto", "并入园区", "Merged into", false, "merged_into"),
			new Column("focus", "重点园区", "Focus park", false, "focus_2015"),
			new Column("note", "情况说明", "Status note", false, "status_note_zh", "note"),
			new Column("establishedOn", "设立日期", "Established on", false, "established_on"));

	/** A row turned into a command, with the problems found while reading its cells. */
	record Parsed(int row, Integer seq, ParkCommand command, List<FieldProblem> problems) {
	}

	private ParkImport() {
	}

	static List<Parsed> read(String fileName, InputStream in) {
		Table table = Tables.read(fileName, in, COLUMNS);
		return table.rows().stream().map(ParkImport::parse).toList();
	}

	/** A create/edit form's fields, read with the same rules as an imported row. */
	static Parsed fromForm(Map<String, String> form) {
		return parse(new Table.Row(0, form));
	}

	private static Parsed parse(Table.Row row) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer seq = row.integer("seq", problems);
		BigDecimal area = row.decimal("plannedAreaKm2", problems);
		Integer batch = row.integer("targetBatch", problems);
		boolean focus = row.bool("focus", problems);
		ParkCommand c = new ParkCommand(row.get("code"), row.get("nameZh"), row.get("nameEn"), row.get("level"),
				row.get("administeredBy"), area, batch, row.get("mergedInto"), focus, row.get("note"),
				row.date("establishedOn", problems), null).normalized();
		return new Parsed(row.number(), seq, c, problems);
	}

	/** Throws {@link ImportRejected} listing every bad row unless all rows are good. */
	static void check(List<Parsed> rows, Map<String, String> mergesAfterImport) {
		List<RowError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Parsed r : rows) {
			r.problems().forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
			String code = r.command().code();
			if (code != null && !seen.add(code)) {
				errors.add(new RowError(r.row(), "code", "park.code.duplicate", code));
			}
			ParkRules.check(r.command(), mergesAfterImport)
				.forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
		}
		if (rows.isEmpty()) {
			errors.add(new RowError(1, "file", "import.noRows"));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
	}

	/** A park's fields as a form shows them (the inputs are named like the columns). */
	static Map<String, Object> values(ParkCommand c) {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("code", c.code());
		v.put("nameZh", c.nameZh());
		v.put("nameEn", c.nameEn());
		v.put("level", c.level());
		v.put("administeredBy", c.administeredBy());
		v.put("plannedAreaKm2", c.plannedAreaKm2() == null ? null : c.plannedAreaKm2().toPlainString());
		v.put("targetBatch", c.targetBatch());
		v.put("mergedInto", c.mergedInto());
		v.put("focus", c.focus());
		v.put("note", c.note());
		v.put("establishedOn", c.establishedOn());
		v.put("version", c.version());
		return v;
	}

	/** A park as a row of the export: levels and yes/no in the reader's language, which import again. */
	static List<Object> cells(ParkView p, Messages messages, Locale locale) {
		List<Object> cells = new ArrayList<>();
		cells.add(p.seq());
		cells.add(p.code());
		cells.add(p.nameZh());
		cells.add(p.nameEn());
		cells.add(messages.label(locale, p.level()));
		cells.add(p.administeredBy());
		cells.add(p.plannedAreaKm2());
		cells.add(p.targetBatch());
		cells.add(p.mergedInto());
		cells.add(messages.yesNo(locale, p.focus()));
		cells.add(p.note());
		cells.add(p.lifecycle().establishedOn());
		return cells;
	}
}
