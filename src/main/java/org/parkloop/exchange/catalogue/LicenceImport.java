package org.parkloop.exchange.catalogue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.Column;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.shared.FieldProblem;

/** Licences read from a CSV or Excel file, a row each, with what could not be read. */
final class LicenceImport {

	static final List<Column> COLUMNS = List.of(new Column("number", "许可证编号", "Licence number", true),
			new Column("holder", "持证企业统一社会信用代码", "Holder's credit code", true, "持证企业"),
			new Column("codes", "核准经营的废物代码或类别", "Codes or categories licensed", true, "核准代码"),
			new Column("annualCapacityTonnes", "年经营规模（吨）", "Annual capacity (t)", true),
			new Column("validFrom", "有效期起", "Valid from", true), new Column("validTo", "有效期至", "Valid to", true),
			new Column("province", "发证省份", "Issuing province", true));

	record Row(int row, Licences.LicenceCommand command, List<FieldProblem> problems) {
	}

	private LicenceImport() {
	}

	static List<Row> read(String fileName, InputStream in) {
		Table table = Tables.read(fileName, in, COLUMNS);
		List<Row> rows = new ArrayList<>();
		for (Table.Row r : table.rows()) {
			List<FieldProblem> problems = new ArrayList<>();
			Double capacity = r.number("annualCapacityTonnes", problems);
			rows.add(new Row(r.number(), new Licences.LicenceCommand(r.get("number"), r.get("holder"),
					r.get("codes") == null ? List.of() : List.of(r.get("codes")), capacity, r.date("validFrom", problems),
					r.date("validTo", problems), r.get("province")), problems));
		}
		return rows;
	}
}
