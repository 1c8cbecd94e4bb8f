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
	private final PlanReview review;
	private final ProjectProgress progress;

	PlanApiController(Plans plans, PlanReview review, ProjectProgress progress) {
		this.plans = plans;
		this.review = review;
		this.progress = progress;
	}

	@org.springframework.web.bind.annotation.GetMapping("/api/v1/parks/{code}/case")
	@Operation(summary = "The park's case: status, designation, plan, key projects on schedule, timeline")
	ProjectProgress.Case parkCase(@PathVariable String code) {
		return progress.of(code);
	}

	@PostMapping("/api/v1/projects/{id}/progress")
	@Operation(summary = "A progress report on a key project of the approved plan (its owner enterprise or the park)")
	ProjectProgress.ProjectView progress(@PathVariable long id, @RequestBody ProjectProgress.Report body) {
		return progress.report(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/experts")
	@Operation(summary = "Assign at least three experts (CITY, ordinary route), none of the consultancy or the park (R15)")
	Plan experts(@PathVariable long id, @RequestBody PlanReview.Experts body) {
		return review.assign(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/reviews")
	@Operation(summary = "An assigned expert's score (0-100) and opinion")
	Plan reviews(@PathVariable long id, @RequestBody PlanReview.Review body) {
		review.review(id, body);
		return plans.get(id);
	}

	@PostMapping("/api/v1/plans/{id}/review-conclusion")
	@Operation(summary = "The expert group's joint opinion, once every assigned expert has reviewed (CITY)")
	Plan conclusion(@PathVariable long id, @RequestBody PlanReview.Conclusion body) {
		return review.conclude(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/approve")
	@Operation(summary = "Approve the plan (CITY): its targets become the park's, the case moves to IMPLEMENTING")
	Plan approve(@PathVariable long id, @RequestBody PlanReview.Approval body) {
		return review.approve(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/return")
	@Operation(summary = "Return the plan with a comment (CITY): the case goes back to PLAN_COMPILING")
	Plan returnPlan(@PathVariable long id, @RequestBody PlanReview.Return body) {
		return review.returnPlan(id, body);
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
