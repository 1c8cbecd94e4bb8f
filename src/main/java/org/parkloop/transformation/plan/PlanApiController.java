package org.parkloop.transformation.plan;

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
@Tag(name = "Plans 实施方案", description = "Parks' circular transformation plans (R14) and their key projects (R19)")
class PlanApiController {

	private final Plans plans;

	PlanApiController(Plans plans) {
		this.plans = plans;
	}

	@PostMapping("/api/v1/parks/{code}/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draft the park's plan (its PARK office or CITY): consultancy, route, years, targets, key projects")
	Plan create(@PathVariable String code, @RequestBody PlanCommand command) {
		return plans.create(code, command);
	}

	@GetMapping("/api/v1/plans/{id}")
	Plan get(@PathVariable long id) {
		return plans.get(id);
	}

	@PostMapping("/api/v1/plans/{id}/submit")
	@Operation(summary = "Submit the plan on a date (the park's PARK office): refused unless the consultancy is of 乙级 "
			+ "or above with a valid certificate (R14)")
	Plan submit(@PathVariable long id, @RequestBody PlanCommand.SubmitCommand command) {
		return plans.submit(id, command.date());
	}
}
