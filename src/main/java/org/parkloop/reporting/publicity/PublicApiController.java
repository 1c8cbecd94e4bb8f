package org.parkloop.reporting.publicity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.parkloop.platform.ClientAddress;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public 信息公开", description = "R13: what anyone may read without signing in, the public's feedback, "
		+ "announcements (公示) and their moderation by CITY")
class PublicApiController {

	private final PublicData data;
	private final Announcements announcements;
	private final FeedbackDesk feedback;
	private final ClientAddress clients;

	PublicApiController(PublicData data, Announcements announcements, FeedbackDesk feedback, ClientAddress clients) {
		this.data = data;
		this.announcements = announcements;
		this.feedback = feedback;
		this.clients = clients;
	}

	@GetMapping("/api/v1/public/parks")
	@Operation(summary = "Each park's standing and the dated steps of its case")
	List<PublicData.Park> parks() {
		return data.parks();
	}

	@GetMapping("/api/v1/public/indicators")
	@Operation(summary = "Each park's indicators of a year (last year by default); a figure made of fewer than three "
			+ "enterprises' submissions is withheld (value null, suppressed true)")
	PublicData.Indicators indicators(@RequestParam(required = false) Integer year) {
		return data.indicators(year(year));
	}

	@GetMapping("/api/v1/public/exchange")
	@Operation(summary = "The exchange's totals of a year, the city's and each park's (withheld under three enterprises)")
	PublicData.Exchange exchange(@RequestParam(required = false) Integer year) {
		return data.exchange(year(year));
	}

	@GetMapping("/api/v1/public/announcements")
	@Operation(summary = "The announcements (公示) published, newest first, with their objection periods")
	List<Announcements.Announcement> publicAnnouncements() {
		return announcements.published();
	}

	@PostMapping("/api/v1/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Feedback or an objection from the public (no sign-in): {name?, contact, text, parkCode?, "
			+ "announcementId?}; 429 past the hourly limit per client address")
	FeedbackDesk.Receipt send(@RequestBody FeedbackDesk.Command body, HttpServletRequest request) {
		return feedback.receive(body, clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
	}

	@GetMapping("/api/v1/feedback")
	@Operation(summary = "The public's feedback to moderate (CITY), contact included; of one status when given")
	List<FeedbackDesk.Item> list(@RequestParam(required = false) String status) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		FeedbackDesk.Status s = status == null ? null
				: Inputs.constant(FeedbackDesk.Status.class, status, "status", "feedback.status", problems);
		if (!problems.isEmpty()) {
			throw new org.parkloop.shared.InvalidInput(problems);
		}
		return feedback.list(s);
	}

	@PostMapping("/api/v1/feedback/{id}/answer")
	@Operation(summary = "Answer an item (CITY): published on the public page with the answer, never the name or contact")
	FeedbackDesk.Item answer(@PathVariable long id, @RequestBody FeedbackDesk.Answer body) {
		return feedback.answer(id, body);
	}

	@PostMapping("/api/v1/feedback/{id}/hide")
	@Operation(summary = "Hide an item (CITY)")
	FeedbackDesk.Item hide(@PathVariable long id) {
		return feedback.hide(id);
	}

	@PostMapping("/api/v1/announcements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish an announcement (CITY): {kind, title, body, parkCode?, publishedOn?, objectionDays}")
	Announcements.Announcement announce(@RequestBody Announcements.Command body) {
		return announcements.publish(body);
	}

	@GetMapping("/api/v1/announcements")
	@Operation(summary = "Every announcement, withdrawn ones included (CITY)")
	List<Announcements.Announcement> allAnnouncements() {
		return announcements.all();
	}

	@PostMapping("/api/v1/announcements/{id}/withdraw")
	@Operation(summary = "Withdraw an announcement (CITY)")
	Announcements.Announcement withdraw(@PathVariable long id) {
		return announcements.withdraw(id);
	}

	private int year(Integer year) {
		if (year != null && (year < 1990 || year > 2100)) {
			throw new org.parkloop.shared.InvalidInput(List.of(new FieldProblem("year", year < 1990 ? "validation.tooSmall" : "validation.tooLarge", year < 1990 ? 1990 : 2100)));
		}
		return year == null ? data.defaultYear() : year;
	}
}
