package org.parkloop.reporting.assessment;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.Workbooks;
import org.parkloop.reporting.print.Pdf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments 考核", description = "R18's assessment of county units and park committees")
class AssessmentApiController {

	private final Assessments assessments;
	private final AssessmentExports exports;

	AssessmentApiController(Assessments assessments, AssessmentExports exports) {
		this.assessments = assessments;
		this.exports = exports;
	}

	@PostMapping("/api/v1/assessments/schemes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A year's scheme (CITY): criteria with weights summing to 100, COMPUTED by a metric or ENTERED "
			+ "by the city; without criteria the default 100-point scheme's")
	Assessment create(@RequestBody SchemeCommands.Create body) {
		return assessments.create(body);
	}

	@GetMapping("/api/v1/assessments/schemes/{id}")
	@Operation(summary = "A scheme with its result (published ones to anyone, others to CITY)")
	Assessment get(@PathVariable long id) {
		return assessments.get(id);
	}

	@PostMapping("/api/v1/assessments/schemes/{id}/run")
	@Operation(summary = "Score every county unit and park from the platform's data (entered scores kept)")
	Assessment run(@PathVariable long id) {
		return assessments.run(id);
	}

	@PutMapping("/api/v1/assessments/schemes/{id}/scores/{unit}/{criterion}")
	@Operation(summary = "CITY's points for an entered criterion of a unit (a county's name or a park's code), with the reason")
	Assessment score(@PathVariable long id, @PathVariable String unit, @PathVariable String criterion,
			@RequestBody SchemeCommands.Score body) {
		return assessments.enter(id, unit, criterion, body);
	}

	@PostMapping("/api/v1/assessments/schemes/{id}/publish")
	@Operation(summary = "Publish the result: frozen from now on and shown on the public page")
	Assessment publish(@PathVariable long id) {
		return assessments.publish(id);
	}

	@GetMapping("/api/v1/assessments")
	@Operation(summary = "The year's assessments: the published ones to anyone, every scheme to CITY")
	List<Assessment> list(@RequestParam(required = false) Integer year) {
		return assessments.ofYear(year);
	}

	@GetMapping("/api/v1/assessments/schemes/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		return Workbooks.download("assessment-" + id + ".xlsx", exports.xlsx(assessments.get(id), locale));
	}

	@GetMapping("/api/v1/assessments/schemes/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return Pdf.download("assessment-" + id + ".pdf", exports.pdf(assessments.get(id), locale));
	}
}
