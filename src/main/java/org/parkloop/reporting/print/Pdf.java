package org.parkloop.reporting.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The module's documents as PDF, rendered from an XHTML template by openhtmltopdf with a TrueType CJK font that travels
 * with the project (Noto Sans SC, SIL OFL 1.1, {@code /fonts}), embedded as a subset so that the Chinese text is in the
 * file and can be extracted.
 */
@Component
public class Pdf {

	public static final String FONT = "/fonts/NotoSansSC_400Regular.ttf";

	private final TemplateEngine templates;

	Pdf(TemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(variables);
		String html = templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> Pdf.class.getResourceAsStream(FONT), "Noto Sans SC");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A PDF as a download under the file name. */
	public static ResponseEntity<byte[]> download(String filename, byte[] pdf) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(pdf);
	}
}
