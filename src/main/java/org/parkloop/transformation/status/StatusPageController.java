package org.parkloop.transformation.status;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Designation;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.TransformationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The status part of a park's page: its history and, for the administrator, the form to record a transition. */
@Controller
class StatusPageController {

	private final StatusService statuses;
	private final ParkCatalog parks;
	private final Messages messages;
	private final Clock clock;
	private final org.parkloop.platform.CurrentCaller callers;

	StatusPageController(StatusService statuses, ParkCatalog parks, Messages messages, Clock clock,
			org.parkloop.platform.CurrentCaller callers) {
		this.callers = callers;
		this.statuses = statuses;
		this.parks = parks;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/parks/{code}/status")
	String status(@PathVariable String code, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("standing", statuses.visibleStandingOf(code, today));
		model.addAttribute("park", parks.find(code).orElseThrow());
		model.addAttribute("history", statuses.history(code));
		model.addAttribute("canRecord", callers.get().has(org.parkloop.shared.Role.CITY));
		model.addAttribute("statuses", TransformationStatus.values());
		model.addAttribute("designations", Designation.values());
		model.addAttribute("today", today);
		if (!model.containsAttribute("transition")) {
			model.addAttribute("transition", new TransitionCommand(null, null, today, null));
		}
		return "parks/status :: status";
	}

	@PostMapping("/parks/{code}/transitions")
	String record(@PathVariable String code, @ModelAttribute TransitionCommand transition, Principal who,
			RedirectAttributes redirect) {
		try {
			statuses.record(code, transition, who.getName());
			redirect.addFlashAttribute("message", messages.get("transition.recorded"));
		}
		catch (org.parkloop.shared.Forbidden | org.parkloop.shared.NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/parks/" + code;
	}
}
