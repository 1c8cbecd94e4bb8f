package org.parkloop.reporting.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as PDF in the layout of an official document (title, 文号, date, the sections, then each park's tables),
 * rendered from an XHTML template by openhtmltopdf with a TrueType CJK font that travels with the project (Noto Sans
 * SC, SIL OFL 1.1, {@code /fonts}), embedded as a subset so that the Chinese text is in the file and can be extracted.
 */
@Component
class ReportPdf {

	static final String FONT = "/fonts/NotoSansSC_400Regular.ttf";

	private final TemplateEngine templates;
	private final org.parkloop.platform.Messages messages;
	private final org.parkloop.registry.ParkCatalog parks;

	ReportPdf(TemplateEngine templates, org.parkloop.platform.Messages messages, org.parkloop.registry.ParkCatalog parks) {
		this.templates = templates;
		this.messages = messages;
		this.parks = parks;
	}

	/** "瓯海区2016年园区循环化改造工作进展情况报告": the unit's, or the city-level park's. */
	String title(Report r, Locale locale) {
		return messages.get(locale, "report.title", r.unit() != null ? r.unit()
				: parks.find(r.parkCode()).map(p -> p.name(locale)).orElse(r.parkCode()), r.year());
	}

	byte[] render(Report report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("r", report);
		context.setVariable("title", title(report, locale));
		String html = templates.process("reports/pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), "Noto Sans SC");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
