package org.parkloop.reporting.annual;

import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.reporting.print.Pdf;
import org.springframework.stereotype.Component;

/** A report as PDF in the layout of an official document: title, 文号, date, the sections, then each park's tables. */
@Component
class ReportPdf {

	private final Pdf pdf;
	private final Messages messages;
	private final ParkCatalog parks;

	ReportPdf(Pdf pdf, Messages messages, ParkCatalog parks) {
		this.pdf = pdf;
		this.messages = messages;
		this.parks = parks;
	}

	/** "瓯海区2016年园区循环化改造工作进展情况报告": the unit's, or the city-level park's. */
	String title(Report r, Locale locale) {
		return messages.get(locale, "report.title", r.unit() != null ? r.unit()
				: parks.find(r.parkCode()).map(p -> p.name(locale)).orElse(r.parkCode()), r.year());
	}

	byte[] render(Report report, Locale locale) {
		return pdf.render("reports/pdf", Map.of("r", report, "title", title(report, locale)), locale);
	}
}
