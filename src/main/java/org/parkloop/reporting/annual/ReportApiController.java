package org.parkloop.reporting.annual;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports 年度报告", description = "Annual progress reports of counties and city-level parks (R16)")
class ReportApiController {

	private final Reports reports;
	private final ReportPdf pdf;
	private final ReportWorkbook workbook;
	private final ReportComparison comparison;

	ReportApiController(Reports reports, ReportPdf pdf, ReportWorkbook workbook, ReportComparison comparison) {
		this.workbook = workbook;
		this.comparison = comparison;
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/reports/{id}.xlsx")
	@Operation(summary = "The report's figures as .xlsx: each park's key projects, tested indicators and boilers")
	org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable long id, java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("report-" + id + ".xlsx", workbook.write(reports.get(id), locale));
	}

	@GetMapping("/api/v1/reports/{id}.pdf")
	@Operation(summary = "The report as PDF: title, 文号, date, the sections, each park's tables; Chinese text embedded")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable long id, java.util.Locale locale) {
		return org.parkloop.reporting.print.Pdf.download("report-" + id + ".pdf", pdf.render(reports.get(id), locale));
	}

	@PostMapping("/api/v1/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a unit's report of a year ({unit, year}: its COUNTY user or CITY) or a city-level park's "
			+ "({parkCode, year}: its PARK user or CITY), drafted from the platform's data")
	Report create(@RequestBody Reports.Command body) {
		return reports.create(body);
	}

	@GetMapping("/api/v1/reports")
	@Operation(summary = "Every reporting unit of a year with its state (CITY): its report's status or NOT_STARTED, "
			+ "overdue, first submitted on")
	List<Reports.UnitState> list(@RequestParam(required = false) Integer year) {
		return reports.ofYear(year);
	}

	@GetMapping("/api/v1/reports/{id}")
	Report get(@PathVariable long id) {
		return reports.get(id);
	}

	@GetMapping("/api/v1/reports/{id}/diff")
	@Operation(summary = "A submitted report's frozen figures against what today's data gives: each figure that changed, "
			+ "park by park, with its frozen and today's value")
	ReportComparison.Comparison diff(@PathVariable long id) {
		return comparison.of(id);
	}

	@PutMapping("/api/v1/reports/{id}/sections/{key}")
	@Operation(summary = "Edit a section (summary, progress, problems, next) of a draft or returned report")
	Report section(@PathVariable long id, @PathVariable String key, @RequestBody Reports.Section body) {
		return reports.section(id, key, body);
	}

	@PostMapping("/api/v1/reports/{id}/submit")
	@Operation(summary = "Submit: the figures are frozen as drafted now, a revision is kept")
	Report submit(@PathVariable long id) {
		return reports.submit(id);
	}

	@PostMapping("/api/v1/reports/{id}/return")
	@Operation(summary = "Return a submitted report with a comment (CITY)")
	Report returnReport(@PathVariable long id, @RequestBody Reports.Comment body) {
		return reports.returnReport(id, body);
	}
}
