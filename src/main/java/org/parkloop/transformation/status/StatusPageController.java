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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.context.i18n.LocaleContextHolder;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Table;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
		return fragment(code, model, FormView.of(Map.of("effectiveDate", LocalDate.now(clock))));
	}

	private String fragment(String code, Model model, FormView form) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("standing", statuses.visibleStandingOf(code, today));
		ParkView park = parks.find(code).orElseThrow();
		model.addAttribute("park", park);
		model.addAttribute("mergedIntoName", park.mergedInto() == null ? null
				: parks.find(park.mergedInto()).map(p -> p.name(LocaleContextHolder.getLocale())).orElse(park.mergedInto()));
		model.addAttribute("history", statuses.history(code));
		model.addAttribute("canRecord", callers.get().has(org.parkloop.shared.Role.CITY));
		model.addAttribute("statuses", TransformationStatus.values());
		model.addAttribute("designations", Designation.values());
		model.addAttribute("today", today);
		model.addAttribute("goLive", statuses.goLive());
		model.addAttribute("form", form);
		return "parks/status :: status";
	}

	/**
	 * Records a transition. From the page (htmx) the answer is the status section again: refreshed when recorded,
	 * with everything as entered and the problem beside its field when refused.
	 */
	@PostMapping("/parks/{code}/transitions")
	String record(@PathVariable String code, @RequestParam Map<String, String> form, Principal who,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Table.Row row = Table.Row.ofForm(form);
		LocalDate date = row.date("effectiveDate", problems);
		TransitionCommand command = new TransitionCommand(parse(TransformationStatus.class, form.get("status")),
				parse(Designation.class, form.get("designation")), date, row.get("note"));
		FormView refused;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			statuses.record(code, command, who.getName());
			if (htmx != null) {
				model.addAttribute("message", messages.get("transition.recorded"));
				return fragment(code, model, FormView.of(Map.of("effectiveDate", date)));
			}
			redirect.addFlashAttribute("message", messages.get("transition.recorded"));
			return "redirect:/parks/" + code;
		}
		catch (org.parkloop.shared.Forbidden | org.parkloop.shared.NotFound e) {
			throw e;
		}
		catch (InvalidInput e) {
			refused = FormView.refused(form, e.problems(), messages);
		}
		catch (RuleViolation e) {
			refused = FormView.refused(form, e, messages);
		}
		if (htmx != null) {
			return fragment(code, model, refused);
		}
		redirect.addFlashAttribute("error", String.join("；", refused.allErrors()));
		return "redirect:/parks/" + code;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
