package org.parkloop.transformation.acceptance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case and acceptance 改造进程与验收", description = "A park's case (R14-R17) and its acceptance applications (R17)")
class AcceptanceApiController {

	private final CaseView cases;
	private final AcceptanceApplications applications;
	private final AcceptanceDecisions decisions;

	AcceptanceApiController(CaseView cases, AcceptanceApplications applications, AcceptanceDecisions decisions) {
		this.cases = cases;
		this.applications = applications;
		this.decisions = decisions;
	}

	@GetMapping("/api/v1/parks/{code}/case")
	@Operation(summary = "The park's case: status, designation, plan, key projects on schedule, applications, timeline")
	CaseView.Case parkCase(@PathVariable String code) {
		return cases.of(code);
	}

	@GetMapping("/api/v1/parks/{code}/acceptance-applications")
	List<Application> list(@PathVariable String code) {
		return applications.ofPark(code);
	}

	@PostMapping("/api/v1/parks/{code}/acceptance-applications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply for acceptance of a year (the park's PARK office): refused (409) with every late project "
			+ "and every indicator below 90 % of its target (R17)")
	Application apply(@PathVariable String code, @RequestBody AcceptanceApplications.Apply body) {
		return applications.apply(code, body);
	}

	@GetMapping("/api/v1/acceptance-applications/{id}")
	Application get(@PathVariable long id) {
		return applications.get(id);
	}

	@PostMapping("/api/v1/acceptance-applications/{id}/decisions")
	@Operation(summary = "Record a decision (CITY, for the body that took it, in the route's order): stage, body, outcome, "
			+ "grade, document number, date, review steps")
	Application decide(@PathVariable long id, @RequestBody AcceptanceDecisions.Decide body) {
		return decisions.decide(id, body);
	}
}
