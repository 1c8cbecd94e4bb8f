package org.parkloop.reporting.publicity;

import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.reporting.assessment.PublishedAssessments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * R13 in the browser: the public page (each park's standing and timeline, its indicators as may be published, the
 * exchange's totals, the published assessments, the announcements, answered feedback and the feedback form), and
 * CITY's pages to publish announcements and to moderate the feedback.
 */
@Controller
class OpenPages {

	private final PublicData data;
	private final PublishedAssessments assessments;
	private final Announcements announcements;
	private final FeedbackDesk feedback;
	private final Messages messages;
	private final JsonMapper json;

	OpenPages(PublicData data, PublishedAssessments assessments, Announcements announcements, FeedbackDesk feedback,
			Messages messages, JsonMapper json) {
		this.data = data;
		this.assessments = assessments;
		this.announcements = announcements;
		this.feedback = feedback;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/public")
	String publicPage(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 1990 || year > 2100 ? data.defaultYear() : year;
		var parks = data.parks();
		model.addAttribute("year", y);
		model.addAttribute("parks", parks);
		model.addAttribute("indicators", data.indicators(y));
		model.addAttribute("exchange", data.exchange(y));
		model.addAttribute("assessments", assessments.all());
		model.addAttribute("announcements", announcements.published());
		model.addAttribute("answered", feedback.published());
		model.addAttribute("parkNames", parks.stream().collect(java.util.stream.Collectors.toMap(PublicData.Park::code,
				p -> p, (a, b) -> a, java.util.LinkedHashMap::new)));
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("parks", parks)));
		return "publicity/public";
	}

	@GetMapping("/feedback")
	String moderation(@RequestParam(required = false) String status, Model model) {
		FeedbackDesk.Status s = java.util.Arrays.stream(FeedbackDesk.Status.values()).filter(v -> v.name().equals(status))
			.findFirst().orElse(FeedbackDesk.Status.RECEIVED);
		model.addAttribute("status", s);
		model.addAttribute("items", feedback.list(s));
		model.addAttribute("announcements", announcements.all());
		return "publicity/moderation";
	}

	@PostMapping("/feedback/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "feedback.answered", () -> feedback.answer(id, new FeedbackDesk.Answer(answer)));
		return "redirect:/feedback";
	}

	@PostMapping("/feedback/{id}/hide")
	String hide(@PathVariable long id, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "feedback.hidden", () -> feedback.hide(id));
		return "redirect:/feedback";
	}

	@PostMapping("/announcements")
	String announce(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(required = false) String parkCode,
			@RequestParam(required = false) Integer objectionDays, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "announcement.published", () -> announcements
			.publish(new Announcements.Command(kind, title, body, parkCode, null, objectionDays)));
		return "redirect:/feedback";
	}

	@PostMapping("/announcements/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "announcement.withdrawn", () -> announcements.withdraw(id));
		return "redirect:/feedback";
	}
}
