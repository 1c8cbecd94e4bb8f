package org.parkloop.indicators.submission;

import java.io.IOException;
import java.io.InputStream;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Messages;
import org.parkloop.platform.When;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.parkloop.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The park-wide template in the browser: downloaded (blank, or the export with the latest values) and uploaded from
 * the list page: what was entered, or every row's errors.
 */
@Controller
class TemplateUploadPage {

	private final SubmissionWorkbook workbook;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;

	TemplateUploadPage(SubmissionWorkbook workbook, CurrentCaller callers, Messages messages, When when) {
		this.workbook = workbook;
		this.callers = callers;
		this.messages = messages;
		this.when = when;
	}

	@PostMapping("/indicators/submissions/import")
	String importTemplate(@RequestParam(required = false) String park, @RequestParam(required = false) Integer year,
			@RequestPart("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		String into = park != null ? park : callers.get().scopes(Role.PARK).stream().sorted().findFirst()
			.orElseThrow(() -> new Forbidden("access.submission.parkEnters"));
		year = year != null ? year : when.today().getYear() - 1;
		try (InputStream in = file.getInputStream()) {
			ImportResult r = workbook.importRows(into, year, file.getOriginalFilename(), in);
			redirect.addFlashAttribute("message", messages.get("submission.imported", r.created(), r.updated()));
		}
		catch (ImportRejected e) {
			redirect.addFlashAttribute("error", messages.get("import.rejected", e.errors().size()));
			redirect.addFlashAttribute("rowErrors", e.errors().stream().map(messages::of).toList());
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/indicators/submissions?year=" + year;
	}

	@org.springframework.web.bind.annotation.GetMapping("/parks/{code}/submissions/{year}/template.xlsx")
	org.springframework.http.ResponseEntity<byte[]> template(@org.springframework.web.bind.annotation.PathVariable String code,
			@org.springframework.web.bind.annotation.PathVariable int year, java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("submissions-" + code + "-" + year + "-template.xlsx",
				workbook.write(code, year, false, locale));
	}

	@org.springframework.web.bind.annotation.GetMapping("/parks/{code}/submissions/{year}/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> export(@org.springframework.web.bind.annotation.PathVariable String code,
			@org.springframework.web.bind.annotation.PathVariable int year, java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("submissions-" + code + "-" + year + ".xlsx",
				workbook.write(code, year, true, locale));
	}
}
