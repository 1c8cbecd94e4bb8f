package org.parkloop.programme.goals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programme/goal-sets")
@Tag(name = "Programme goals 目标", description = "Goal sets (R4-R6) and their evaluation as of a date")
class GoalSetApiController {

	private final GoalSetService goalSets;
	private final GoalViews views;
	private final Clock clock;

	private final Publications publications;

	GoalSetApiController(GoalSetService goalSets, GoalViews views, Clock clock, Publications publications) {
		this.publications = publications;
		this.goalSets = goalSets;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping
	List<GoalJson.SetJson> list(Locale locale) {
		return goalSets.all().stream().map(s -> views.json(s, locale)).toList();
	}

	@GetMapping("/{id}")
	GoalJson.SetJson get(@PathVariable long id, Locale locale) {
		return views.json(goalSets.get(id), locale);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	GoalJson.SetJson create(@RequestBody GoalSetCommand command, Locale locale) {
		return views.json(goalSets.create(command), locale);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a goal set's name and goals: with the version read, as If-Match or the body's version")
	GoalJson.SetJson update(@PathVariable long id, @RequestBody GoalSetCommand command, Locale locale,
			@RequestHeader(name = org.springframework.http.HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return views.json(goalSets.update(id, command, org.parkloop.platform.Versions.of(ifMatch, command.version())),
				locale);
	}

	@GetMapping("/{id}/evaluation")
	@Operation(summary = "Evaluate every goal as of a date (today by default)")
	Evaluation evaluation(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
		return views.evaluation(id, date, locale);
	}

	@PostMapping("/{id}/publications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish the evaluation as of a date (CITY): stored as it is now, so that it stays as reported")
	Publications.Publication publish(@PathVariable long id, @RequestBody Publications.Publish publish, Locale locale) {
		Publications.Publication p = publications.publish(id, publish);
		return publications.get(id, p.id(), locale);
	}

	@GetMapping("/{id}/publications")
	@Operation(summary = "The set's published evaluations, newest first")
	List<Publications.Publication> publications(@PathVariable long id) {
		return publications.of(id);
	}

	@GetMapping("/{id}/publications/{publicationId}")
	@Operation(summary = "A published evaluation as it was published")
	Publications.Publication publication(@PathVariable long id, @PathVariable long publicationId, Locale locale) {
		return publications.get(id, publicationId, locale);
	}
}
