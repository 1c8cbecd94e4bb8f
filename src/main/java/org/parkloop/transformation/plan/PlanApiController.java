package org.parkloop.transformation.plan;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Plans 实施方案", description = "Parks' circular transformation plans (R14), their review (R15) and key projects (R19)")
class PlanApiController {

	private final Plans plans;
	private final PlanReview review;
	private final ExternalDecisions decisions;
	private final PlanRevisions revisions;
	private final Engagements engagements;
	private final ProjectProgress progress;
	private final PlanAttachments attachments;

	PlanApiController(Plans plans, PlanReview review, ExternalDecisions decisions, PlanRevisions revisions,
			Engagements engagements, ProjectProgress progress, PlanAttachments attachments) {
		this.attachments = attachments;
		this.plans = plans;
		this.review = review;
		this.decisions = decisions;
		this.revisions = revisions;
		this.engagements = engagements;
		this.progress = progress;
	}

	@GetMapping("/api/v1/parks/{code}/consultancy")
	@Operation(summary = "The consultancy the park engaged to compile its plan (R14), or 404")
	Engagements.Engagement engagement(@PathVariable String code) {
		return engagements.of(code).orElseThrow(() -> new org.parkloop.shared.NotFound("plan.notEngaged", code));
	}

	@PutMapping("/api/v1/parks/{code}/consultancy")
	@Operation(summary = "Engage a consultancy (the park's PARK office or CITY): its users may draft the park's plan")
	Engagements.Engagement engage(@PathVariable String code, @RequestBody Engagements.Engage body) {
		return engagements.engage(code, body);
	}

	@GetMapping("/api/v1/parks/{code}/plans")
	@Operation(summary = "The park's plans, latest revision first")
	List<PlanRevisions.Summary> list(@PathVariable String code) {
		return revisions.ofPark(code);
	}

	@PostMapping("/api/v1/parks/{code}/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draft the park's plan (its PARK office, its engaged consultancy's users, or CITY): consultancy, "
			+ "route, years, targets, key projects; `date` the first action's (today when not given)")
	Plan create(@PathVariable String code, @RequestBody PlanCommand command) {
		return plans.create(code, command);
	}

	@GetMapping("/api/v1/plans/{id}")
	Plan get(@PathVariable long id) {
		return plans.get(id);
	}

	@PutMapping("/api/v1/plans/{id}")
	@Operation(summary = "Change a draft, with the version read (If-Match or `version`); projects and milestones of the "
			+ "revision amended keep their ids when sent with them")
	Plan edit(@PathVariable long id, @RequestBody PlanCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return plans.edit(id, command, Versions.of(ifMatch, command.version()));
	}

	@PostMapping("/api/v1/plans/{id}/submit")
	@Operation(summary = "Submit the plan on a date (the park's PARK office): refused unless the consultancy is of 乙级 "
			+ "or above with a valid certificate (R14)")
	Plan submit(@PathVariable long id, @RequestBody PlanCommand.SubmitCommand command) {
		return plans.submit(id, command.date());
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
	@Operation(summary = "Approve the plan (CITY, ordinary route): its targets become the park's, the case moves to IMPLEMENTING")
	Plan approve(@PathVariable long id, @RequestBody PlanReview.Approval body) {
		return review.approve(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/return")
	@Operation(summary = "Return the plan with a comment (CITY): the case goes back to PLAN_COMPILING")
	Plan returnPlan(@PathVariable long id, @RequestBody PlanReview.Return body) {
		return review.returnPlan(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/external-decisions")
	@Operation(summary = "Record the province's or the state's decision on a demonstration plan (CITY, R15)")
	Plan external(@PathVariable long id, @RequestBody ExternalDecisions.Decision body) {
		return decisions.record(id, body);
	}

	@PostMapping("/api/v1/plans/{id}/revise")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new revision (DRAFT) of a returned or approved plan; projects and milestones keep their ids")
	Plan revise(@PathVariable long id) {
		return revisions.revise(id);
	}

	@GetMapping("/api/v1/plans/{id}/diff")
	@Operation(summary = "What changed in targets, projects and milestones from `against` (by default the revision amended)")
	PlanRevisions.Diff diff(@PathVariable long id, @RequestParam(required = false) Long against) {
		return revisions.diff(id, against);
	}

	@GetMapping("/api/v1/plans/{id}/attachments")
	@Operation(summary = "The plan's documents with their SHA-256 checksums")
	List<PlanAttachments.Attachment> attachments(@PathVariable long id) {
		return attachments.of(id);
	}

	@PostMapping(path = "/api/v1/plans/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a PDF, Word or Excel document (recognised by content, size-limited) to the plan")
	PlanAttachments.Attachment attach(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		return attachments.upload(id, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/api/v1/plans/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download a document; its checksum is checked first and sent as Content-Digest")
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return file(attachments.download(id, attachmentId));
	}

	static org.springframework.http.ResponseEntity<byte[]> file(PlanAttachments.Download d) {
		return org.springframework.http.ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
				.filename(d.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("Content-Digest", "sha-256=:" + java.util.Base64.getEncoder()
				.encodeToString(java.util.HexFormat.of().parseHex(d.attachment().sha256())) + ":")
			.contentType(org.springframework.http.MediaType.parseMediaType(d.attachment().mediaType()))
			.body(d.content());
	}

	@PostMapping("/api/v1/projects/{id}/progress")
	@Operation(summary = "A progress report on a key project of the approved plan (its owner enterprise or the park)")
	ProjectSchedules.ProjectState progress(@PathVariable long id, @RequestBody ProjectProgress.Report body) {
		return progress.report(id, body);
	}
}
