package org.parkloop.programme.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Column;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;

/** A goal set's evaluation as an Excel sheet: one row per goal, in the reader's language. */
final class EvaluationWorkbook {

	static final List<Column> COLUMNS = List.of(new Column("description", "目标", "Goal", false),
			new Column("deadline", "期限", "Deadline", false), new Column("measuredOn", "计量日期", "Measured on", false),
			new Column("population", "涉及园区数", "Parks concerned", false),
			new Column("actual", "实际", "Actual", false), new Column("required", "要求", "Required", false),
			new Column("maximum", "争创上限", "Striving for", false), new Column("state", "状态", "State", false),
			new Column("shortfall", "差额", "Shortfall", false),
			new Column("candidates", "可补足差额的园区", "Parks that could close it", false));

	private EvaluationWorkbook() {
	}

	static byte[] write(Evaluation e, String sheetName, Messages messages, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Evaluation.GoalEvaluation g : e.goals()) {
			List<Object> row = new ArrayList<>();
			row.add(g.description());
			row.add(g.deadline());
			row.add(g.measuredOn());
			row.add(g.population());
			row.add(g.actual());
			row.add(g.required());
			row.add(g.maximum());
			row.add(messages.label(locale, g.state()));
			row.add(g.shortfall());
			row.add(String.join(locale.getLanguage().equals("en") ? ", " : "、",
					g.candidates().stream().map(Evaluation.Candidate::name).toList()));
			rows.add(row);
		}
		return Workbooks.write(sheetName, COLUMNS, rows, locale);
	}
}
