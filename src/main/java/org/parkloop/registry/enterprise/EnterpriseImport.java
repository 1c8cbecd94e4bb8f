package org.parkloop.registry.enterprise;

import org.parkloop.registry.Industry;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.Column;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.shared.FieldProblem;

/** Reads enterprises from an Excel (or CSV) table; headers may be keys or the Chinese or English labels. */
final class EnterpriseImport {

	static final List<Column> COLUMNS = List.of(
			new Column("creditCode", "统一社会信用代码", "Unified social credit code", true, "credit_code"),
			new Column("name", "企业名称", "Name", true),
			new Column("parkCode", "园区编码", "Park code", true, "park_code", "park"),
			new Column("industryCode", "行业代码", "Industry code", true, "industry_code", "industry"),
			new Column("address", "地址", "Address", false),
			new Column("latitude", "纬度", "Latitude", false, "lat"),
			new Column("longitude", "经度", "Longitude", false, "lon", "lng"),
			new Column("size", "企业规模", "Size", true),
			new Column("parkName", "园区名称", "Park", false),
			new Column("industryName", "行业名称", "Industry", false));

	record Parsed(int row, EnterpriseCommand command, List<FieldProblem> problems) {
	}

	private EnterpriseImport() {
	}

	static List<Parsed> read(String fileName, InputStream in) {
		return Tables.read(fileName, in, COLUMNS).rows().stream().map(EnterpriseImport::parse).toList();
	}

	/** A create/edit form's fields, read with the same rules as an imported row. */
	static Parsed fromForm(java.util.Map<String, String> form) {
		return parse(new Table.Row(0, form));
	}

	private static Parsed parse(Table.Row row) {
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal lat = row.decimal("latitude", problems);
		BigDecimal lon = row.decimal("longitude", problems);
		String industry = row.get("industryCode");
		if (industry != null && industry.length() == 1 && Character.isDigit(industry.charAt(0))) {
			industry = "0" + industry;
		}
		EnterpriseCommand c = new EnterpriseCommand(row.get("creditCode"), row.get("name"), row.get("parkCode"), industry,
				row.get("address"), lat, lon, row.get("size")).normalized();
		return new Parsed(row.number(), c, problems);
	}

	/** An enterprise's fields as its form shows them (the inputs are named like the columns). */
	static java.util.Map<String, Object> values(EnterpriseCommand c) {
		java.util.Map<String, Object> v = new java.util.HashMap<>();
		v.put("creditCode", c.creditCode());
		v.put("name", c.name());
		v.put("parkCode", c.parkCode());
		v.put("industryCode", c.industryCode());
		v.put("address", c.address());
		v.put("latitude", c.latitude() == null ? null : c.latitude().toPlainString());
		v.put("longitude", c.longitude() == null ? null : c.longitude().toPlainString());
		v.put("size", c.size());
		v.put("version", c.version());
		return v;
	}

	/** An enterprise as a row of the export, with its size, park and industry in the reader's language. */
	static List<Object> cells(Enterprise e, org.parkloop.platform.Messages messages, java.util.Locale locale,
			org.parkloop.registry.RegistryNames names) {
		List<Object> cells = new ArrayList<>();
		cells.add(e.creditCode());
		cells.add(e.name());
		cells.add(e.parkCode());
		cells.add(e.industryCode());
		cells.add(e.address());
		cells.add(e.latitude());
		cells.add(e.longitude());
		cells.add(messages.label(locale, e.size()));
		cells.add(names.park(e.parkCode()));
		cells.add(names.industry(e.industryCode()));
		return cells;
	}
}
