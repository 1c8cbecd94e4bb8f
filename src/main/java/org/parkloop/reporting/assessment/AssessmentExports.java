package org.parkloop.reporting.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.Column;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.parkloop.reporting.print.Pdf;
import org.springframework.stereotype.Component;

/** An assessment's result as .xlsx (a row per unit and criterion, then its total, grade and rank) and as PDF. */
@Component
class AssessmentExports {

	static final List<Column> COLUMNS = List.of(new Column("kind", "类别", "Kind", false),
			new Column("unit", "单位", "Unit", false), new Column("criterion", "考核内容", "Criterion", false),
			new Column("weight", "分值", "Weight", false), new Column("score", "得分", "Score", false),
			new Column("comment", "说明", "Comment", false));

	private final Messages messages;
	private final Pdf pdf;

	AssessmentExports(Messages messages, Pdf pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	byte[] xlsx(Assessment a, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Scoring.UnitResult r : a.results()) {
			String kind = messages.get(locale, "assessment.kind." + r.kind());
			for (Scoring.Line l : r.lines()) {
				Scheme.Criterion c = a.criteria().stream().filter(k -> k.code().equals(l.criterion())).findFirst().orElseThrow();
				rows.add(Arrays.asList(kind, r.name(), c.name(locale), c.weight(), l.score(), l.comment()));
			}
			rows.add(Arrays.asList(kind, r.name(), messages.get(locale, "assessment.total"), java.math.BigDecimal.valueOf(100), r.total(),
					messages.get(locale, "assessment.gradeRank", a.gradeName(r.grade(), locale),
							r.rank())));
		}
		return Workbooks.write(messages.get(locale, "assessment.sheet", a.year()), COLUMNS, rows, locale);
	}

	byte[] pdf(Assessment a, Locale locale) {
		return pdf.render("assessments/pdf", Map.of("a", a, "title", title(a, locale)), locale);
	}

	String title(Assessment a, Locale locale) {
		return messages.get(locale, "assessment.title", a.year(), a.name());
	}
}
