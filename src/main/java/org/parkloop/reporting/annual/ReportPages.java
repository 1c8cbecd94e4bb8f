package org.parkloop.reporting.annual;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.platform.When;
import org.parkloop.platform.Workbooks;
import org.parkloop.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * R16 in the browser: the reports the caller files (a county's units, a city-level park) or, for CITY, every report
 * of a year; a report with its sections to edit, its figures, submit and return, and the PDF and Excel downloads.
 */
@Controller
class ReportPages {

	private final Reports reports;
	private final ReportPdf pdf;
	private final ReportWorkbook workbook;
	private final ReportingUnits units;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;
	private final ReportComparison comparison;

	ReportPages(Reports reports, ReportPdf pdf, ReportWorkbook workbook, ReportingUnits units, CurrentCaller callers,
			Messages messages, When when, ReportComparison comparison) {
		this.comparison = comparison;
		this.reports = reports;
		this.pdf = pdf;
		this.workbook = workbook;
		this.units = units;
		this.callers = callers;
		this.messages = messages;
		this.when = when;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? when.today().getYear() : year;
		var caller = callers.get();
		model.addAttribute("year", y);
		List<Reports.UnitState> mine = reports.mine(y).stream()
			.map(r -> new Reports.UnitState(r.unit(), r.parkCode(), r.id(), r.status().name(), r.deadline(), r.overdue(),
					r.firstSubmittedOn())).toList();
		List<Reports.UnitState> list = new java.util.ArrayList<>(mine);
		if (caller.has(Role.CITY)) {
			list.addAll(reports.ofYear(y));
		}
		model.addAttribute("reports", list);
		model.addAttribute("units", caller.has(Role.CITY) ? (mine.isEmpty() ? List.of(ReportingUnits.CITY_WIDE) : List.of())
				: units.countiesOf(caller));
		model.addAttribute("ownParks", units.cityLevelParksOf(caller));
		return "reports/list";
	}

	@PostMapping("/reports")
	String create(@RequestParam(required = false) String unit, @RequestParam(required = false) String parkCode,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		Report r = PageAction.run(redirect, messages, "report.created", () -> reports.create(new Reports.Command(
				unit == null || unit.isBlank() ? null : unit, parkCode == null || parkCode.isBlank() ? null : parkCode, year)));
		return r == null ? "redirect:/reports" : "redirect:/reports/" + r.id();
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable long id, Model model, Locale locale) {
		Report r = reports.get(id);
		model.addAttribute("r", r);
		model.addAttribute("title", pdf.title(r, locale));
		model.addAttribute("sectionKeys", Report.SECTIONS);
		model.addAttribute("city", callers.get().has(Role.CITY));
		model.addAttribute("changes", comparison.of(id).changes());
		return "reports/report";
	}

	@PostMapping("/reports/{id}/sections/{key}")
	String section(@PathVariable long id, @PathVariable String key, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "report.saved", () -> reports.section(id, key, new Reports.Section(text)));
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "report.submitted", () -> reports.submit(id));
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/return")
	String returnReport(@PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "report.returned", () -> reports.returnReport(id, new Reports.Comment(comment)));
		return "redirect:/reports/" + id;
	}

	@GetMapping("/reports/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return org.parkloop.reporting.print.Pdf.download("report-" + id + ".pdf", pdf.render(reports.get(id), locale));
	}

	@GetMapping("/reports/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		return Workbooks.download("report-" + id + ".xlsx", workbook.write(reports.get(id), locale));
	}
}
