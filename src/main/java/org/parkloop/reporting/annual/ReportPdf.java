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

	ReportPdf(TemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Report report, String title, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("r", report);
		context.setVariable("title", title);
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
