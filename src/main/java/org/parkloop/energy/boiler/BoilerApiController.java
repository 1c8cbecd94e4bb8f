package org.parkloop.energy.boiler;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Versions;
import org.parkloop.platform.Workbooks;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Boilers 锅炉", description = "The parks' boilers and their dated status changes (R10)")
class BoilerApiController {

	private final Boilers boilers;
	private final Compliance compliance;
	private final BoilerWorkbook workbook;

	BoilerApiController(Boilers boilers, Compliance compliance, BoilerWorkbook workbook) {
		this.boilers = boilers;
		this.compliance = compliance;
		this.workbook = workbook;
	}

	@GetMapping("/api/v1/parks/{code}/energy/compliance/series")
	@Operation(summary = "The park's compliance at each year's end and today: overdue, due and done counts")
	List<Compliance.Point> series(@PathVariable String code) {
		return compliance.series(code);
	}

	@GetMapping("/api/v1/energy/overdue/export")
	@Operation(summary = "The overdue boilers as of a date (of one park, or every park the caller reads) as .xlsx")
	org.springframework.http.ResponseEntity<byte[]> overdue(@RequestParam(required = false) String parkCode,
			@RequestParam(required = false) java.time.LocalDate asOf, java.util.Locale locale) {
		return Workbooks.download("overdue-boilers.xlsx", workbook.overdue(parkCode, asOf, locale));
	}

	@GetMapping("/api/v1/boilers/export")
	@Operation(summary = "The boilers the caller may read (optionally of one park) as .xlsx, with their ids for re-import")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String parkCode,
			java.util.Locale locale) {
		return Workbooks.download("boilers.xlsx", workbook.export(parkCode, locale));
	}

	@PostMapping(path = "/api/v1/boilers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import boilers from .xlsx or CSV: rows with an id change that boiler, others register new ones; "
			+ "all rows or none, with a row-by-row error report")
	ImportResult importFile(@RequestPart("file") MultipartFile file) throws java.io.IOException {
		try (java.io.InputStream in = file.getInputStream()) {
			return workbook.importFile(file.getOriginalFilename(), in);
		}
	}

	@GetMapping("/api/v1/parks/{code}/energy/compliance")
	@Operation(summary = "R10's deadlines for the park's boilers as of a date (today when not given): overdue, due next, "
			+ "done, and the coal no longer burned in tce")
	Compliance.Result parkCompliance(@PathVariable String code,
			@RequestParam(required = false) java.time.LocalDate asOf) {
		return compliance.asOf(code, asOf);
	}

	@GetMapping("/api/v1/energy/compliance")
	@Operation(summary = "R10's deadlines city-wide (every park the caller may read) as of a date")
	Compliance.Result compliance(@RequestParam(required = false) java.time.LocalDate asOf) {
		return compliance.asOf(null, asOf);
	}

	@GetMapping("/api/v1/boilers")
	@Operation(summary = "The boilers the caller may read (an enterprise its own, a park its enterprises'), optionally of one park")
	List<Boiler> list(@RequestParam(required = false) String parkCode) {
		return boilers.list(parkCode, null);
	}

	@PostMapping("/api/v1/boilers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a boiler (its enterprise, the park's office or CITY); a location in GCJ02 or BD09 "
			+ "(`crs`) is stored in WGS-84; capacity in t/h or MW (0.7 MW per t/h)")
	Boiler create(@RequestBody BoilerCommand body) {
		return boilers.create(body);
	}

	@GetMapping("/api/v1/boilers/{id}")
	Boiler get(@PathVariable long id) {
		return boilers.get(id);
	}

	@PutMapping("/api/v1/boilers/{id}")
	@Operation(summary = "Change a boiler, with the version read (If-Match or `version`)")
	Boiler update(@PathVariable long id, @RequestBody BoilerCommand body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return boilers.update(id, body, Versions.of(ifMatch, body.version()));
	}

	@PostMapping("/api/v1/boilers/{id}/changes")
	@Operation(summary = "A dated status change: IN_USE, STANDBY, ELIMINATED, CONVERTED (with the new fuel), "
			+ "REPLACED_BY_CENTRAL_HEATING")
	Boiler change(@PathVariable long id, @RequestBody BoilerCommand.ChangeCommand body) {
		return boilers.change(id, body);
	}
}
