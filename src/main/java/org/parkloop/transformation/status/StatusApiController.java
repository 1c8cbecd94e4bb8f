package org.parkloop.transformation.status;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.registry.ParkStanding;
import org.parkloop.transformation.StatusChange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parks/{code}")
@Tag(name = "Transformation status 改造进度", description = "Each park's dated status transitions (R14-R17)")
class StatusApiController {

	private final StatusService statuses;
	private final Clock clock;

	StatusApiController(StatusService statuses, Clock clock) {
		this.statuses = statuses;
		this.clock = clock;
	}

	@PostMapping("/transitions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a dated transition (back-filling is allowed, in date order)")
	StatusChange transition(@PathVariable String code, @RequestBody TransitionCommand command, Principal who) {
		return statuses.record(code, command, who.getName());
	}

	@GetMapping("/history")
	List<StatusChange> history(@PathVariable String code) {
		return statuses.visibleHistory(code);
	}

	@GetMapping("/status")
	@Operation(summary = "The park's status and designation as of a date (today by default)")
	StandingJson status(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
		return StandingJson.of(code, date, statuses.visibleStandingOf(code, date));
	}

	record StandingJson(String code, LocalDate asOf, org.parkloop.shared.TransformationStatus status,
			org.parkloop.shared.Designation designation, LocalDate since, String followsPark) {

		static StandingJson of(String code, LocalDate asOf, ParkStanding s) {
			return new StandingJson(code, asOf, s.status(), s.designation(), s.since(), s.followsPark());
		}
	}
}
