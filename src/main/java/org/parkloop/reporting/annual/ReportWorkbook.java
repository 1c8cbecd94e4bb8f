package org.parkloop.reporting.annual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Column;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.springframework.stereotype.Component;

/**
 * A report's figures as Excel, a row per park and key project (the park's standing, the project's milestones reached
 * and missed) and a row per tested indicator, with the boiler figures; the sections are in the PDF.
 */
@Component
class ReportWorkbook {

	static final List<Column> COLUMNS = List.of(new Column("park", "园区", "Park", false),
			new Column("status", "改造进程", "Case", false), new Column("designation", "示范", "Designation", false),
			new Column("kind", "项目", "Row", false), new Column("name", "名称", "Name", false),
			new Column("value", "数值", "Value", false), new Column("detail", "说明", "Detail", false));

	private final Messages messages;

	ReportWorkbook(Messages messages) {
		this.messages = messages;
	}

	byte[] write(Report r, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (ReportDraft.ParkFigures p : r.figures()) {
			String park = "en".equals(locale.getLanguage()) ? p.nameEn() : p.nameZh();
			String status = messages.get(locale, "enum.TransformationStatus." + p.status());
			String designation = messages.get(locale, "enum.Designation." + p.designation());
			if (p.plan() != null) {
				for (ReportDraft.Project x : p.plan().projects()) {
					rows.add(Arrays.asList(park, status, designation, messages.get(locale, "plan.project"), x.name(),
							x.investment().toPlainString(), messages.get(locale, "report.pdf.reached", x.reached(),
									x.milestones(), x.missed())));
				}
			}
			for (var i : p.test().indicators()) {
				rows.add(Arrays.asList(park, status, designation, messages.get(locale, "indicators.indicator"), i.name(),
						i.actual() == null ? null : i.actual().toPlainString(),
						i.completion() == null ? null : i.completion().toPlainString()));
			}
			rows.add(Arrays.asList(park, status, designation, messages.get(locale, "nav.energy"),
					messages.get(locale, "energy.coalSaved"), p.energy().coalSavedTce().toPlainString(),
					messages.get(locale, "report.pdf.energy", p.energy().overdue(), p.energy().due(), p.energy().done(),
							p.energy().coalSavedTce())));
			rows.add(Arrays.asList(park, status, designation, messages.get(locale, "nav.exchange"),
					messages.get(locale, "report.tonnes"), p.exchange().tonnes().toPlainString(),
					messages.get(locale, "report.pdf.exchange", p.exchange().dealsCompleted(), p.exchange().dealsUnderWay(),
							p.exchange().tonnes().toPlainString())));
			rows.add(Arrays.asList(park, status, designation, messages.get(locale, "nav.funds"),
					messages.get(locale, "report.paid"), p.funds().paid().toPlainString(),
					messages.get(locale, "report.pdf.funds", p.funds().applications(),
							p.funds().granted().movePointLeft(4).toPlainString(), p.funds().paid().movePointLeft(4).toPlainString())));
		}
		return Workbooks.write(messages.get(locale, "report.sheet", r.year()), COLUMNS, rows, locale);
	}
}
