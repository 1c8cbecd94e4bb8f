package org.parkloop.indicators.submission;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Inputs;
import org.parkloop.platform.Versions;
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
@Tag(name = "Submissions 数据填报", description = "Enterprises' and parks' yearly data: draft, submit, accept or return, correct")
class SubmissionApiController {

	/** The optional body of an action: {@code confirm} (submit), {@code comment} (return), the version read. */
	record ActionBody(Boolean confirm, @Size(max = 2000) String comment, @Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	/** A park's own items for a year. */
	record ParkData(@Size(max = SubmissionInput.MAX_VALUES) List<SubmissionInput.ValueInput> values,
			@Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	private final Submissions submissions;
	private final SubmissionReview review;
	private final SubmissionWorkbook workbook;

	SubmissionApiController(Submissions submissions, SubmissionReview review, SubmissionWorkbook workbook) {
		this.submissions = submissions;
		this.review = review;
		this.workbook = workbook;
	}

	@PostMapping("/api/v1/submissions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "An enterprise's data for a year, as a draft (by the enterprise, or by its park on its behalf)")
	Submission create(@RequestBody Submissions.Command command) {
		return submissions.create(command);
	}

	@PutMapping("/api/v1/submissions/{id}")
	@Operation(summary = "Replace a draft's (or a returned submission's) values, with the version read")
	Submission update(@PathVariable long id, @RequestBody Submissions.Command command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return submissions.update(id, command, Versions.of(ifMatch, command.version()));
	}

	@PostMapping("/api/v1/submissions/{id}/submit")
	@Operation(summary = "Submit a draft; findings to confirm are refused (409) unless confirm is true")
	Submission submit(@PathVariable long id, @RequestBody(required = false) ActionBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ActionBody b = body == null ? new ActionBody(null, null, null) : body;
		Inputs.check(b);
		return review.submit(id, Boolean.TRUE.equals(b.confirm()), Versions.ofAction(ifMatch, b.version()));
	}

	@PostMapping("/api/v1/submissions/{id}/accept")
	@Operation(summary = "Accept a submitted revision (the park office, or CITY for what a park entered)")
	Submission accept(@PathVariable long id, @RequestBody(required = false) ActionBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		if (body != null) {
			Inputs.check(body);
		}
		return review.accept(id, Versions.ofAction(ifMatch, body == null ? null : body.version()));
	}

	@PostMapping("/api/v1/submissions/{id}/return")
	@Operation(summary = "Return a submitted revision with a comment")
	Submission returnWith(@PathVariable long id, @RequestBody(required = false) ActionBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ActionBody b = body == null ? new ActionBody(null, null, null) : body;
		Inputs.check(b);
		return review.returnWith(id, b.comment(), Versions.ofAction(ifMatch, b.version()));
	}

	@PostMapping("/api/v1/submissions/{id}/correct")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Correct an accepted revision: the next revision, a draft with its values")
	Submission correct(@PathVariable long id) {
		return submissions.correct(id);
	}

	@GetMapping("/api/v1/submissions/{id}")
	Submission get(@PathVariable long id) {
		return submissions.get(id);
	}

	@GetMapping("/api/v1/submissions")
	@Operation(summary = "The submissions the caller may read, filtered")
	List<Submission> list(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String parkCode,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Submission.Status status,
			@RequestParam(required = false) Boolean parkLevel, @RequestParam(defaultValue = "500") int limit) {
		return submissions.list(new SubmissionStore.Filter(creditCode, parkCode, year, status, parkLevel),
				Math.max(1, Math.min(limit, 2000)));
	}

	@PutMapping("/api/v1/parks/{code}/data/{year}")
	@Operation(summary = "The park's own items for a year (PARK): a draft, then submit, and CITY accepts")
	Submission parkData(@PathVariable String code, @PathVariable int year, @RequestBody ParkData body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Inputs.check(body);
		return submissions.putParkData(code, year, body.values(), Versions.of(ifMatch, body.version()));
	}

	@GetMapping("/api/v1/parks/{code}/submissions/{year}/template")
	@Operation(summary = "The park-wide template of a year (PARK): one row per enterprise and item, to fill and upload")
	org.springframework.http.ResponseEntity<byte[]> template(@PathVariable String code, @PathVariable int year,
			java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("submissions-" + code + "-" + year + "-template.xlsx",
				workbook.write(code, year, false, locale));
	}

	@GetMapping("/api/v1/parks/{code}/submissions/{year}/export")
	@Operation(summary = "The enterprises' latest values of a year, in the template's columns")
	org.springframework.http.ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable int year,
			java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("submissions-" + code + "-" + year + ".xlsx",
				workbook.write(code, year, true, locale));
	}

	@PostMapping(path = "/api/v1/parks/{code}/submissions/{year}/import",
			consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the filled template (PARK): all or nothing, with every row's errors; entered on the "
			+ "enterprises' behalf, accepted by CITY")
	org.parkloop.platform.ImportResult importRows(@PathVariable String code, @PathVariable int year,
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		try (java.io.InputStream in = file.getInputStream()) {
			return workbook.importRows(code, year, file.getOriginalFilename(), in);
		}
	}
}
