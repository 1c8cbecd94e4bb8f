package org.parkloop.indicators.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.platform.When;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.parkloop.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data entry in the browser: the list (an enterprise's own history, a park's review queue), the form of an
 * enterprise's (or the park's own) values for a year, and a submission with its revisions and the actions the
 * caller may take.
 */
@Controller
class SubmissionPages {

	private final Submissions submissions;
	private final SubmissionReview review;
	private final SubmissionInput input;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;

	SubmissionPages(Submissions submissions, SubmissionReview review, SubmissionInput input, EnterpriseRegistry enterprises, ParkCatalog parks, CurrentCaller callers, Messages messages, When when) {
		this.submissions = submissions;
		this.review = review;
		this.input = input;
		this.enterprises = enterprises;
		this.parks = parks;
		this.callers = callers;
		this.messages = messages;
		this.when = when;
	}

	@GetMapping("/indicators/submissions")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Submission.Status status,
			Model model, Locale locale) {
		List<Submission> list = submissions.list(new SubmissionStore.Filter(null, null, year, status, null), 500);
		model.addAttribute("submissions", list);
		model.addAttribute("queue", list.stream()
			.filter(s -> s.status() == Submission.Status.SUBMITTED && submissions.mayDecide(s)).toList());
		model.addAttribute("names", names(list, locale));
		model.addAttribute("year", year);
		model.addAttribute("status", status);
		model.addAttribute("lastYear", when.today().getYear() - 1);
		model.addAttribute("ownParks", callers.get().scopes(Role.PARK).stream().sorted().toList());
		model.addAttribute("entering", !callers.get().scopes(Role.ENTERPRISE).isEmpty()
				|| !callers.get().scopes(Role.PARK).isEmpty());
		return "indicators/submissions";
	}

	/** The form for an enterprise's values of a year ({@code park} set: the park's own items). */
	@GetMapping("/indicators/submissions/new")
	String form(@RequestParam(required = false) String park, @RequestParam(required = false) Integer year, Model model,
			Locale locale) {
		boolean parkLevel = park != null;
		if (parkLevel) {
			parks.find(park).orElseThrow(() -> new NotFound("park.notFound", park));
		}
		List<EnterpriseRegistry.Listed> choices = new ArrayList<>();
		callers.get().scopes(Role.ENTERPRISE).forEach(c -> enterprises.profile(c)
			.ifPresent(p -> choices.add(new EnterpriseRegistry.Listed(p.creditCode(), p.name()))));
		callers.get().scopes(Role.PARK).stream().sorted().forEach(p -> choices.addAll(enterprises.in(p)));
		if (!parkLevel && choices.isEmpty()) {
			throw new Forbidden("access.submission.ownOnly");
		}
		model.addAttribute("park", park);
		model.addAttribute("choices", choices);
		model.addAttribute("items", ValuesForm.items(input, parkLevel));
		model.addAttribute("units", ValuesForm.units());
		model.addAttribute("year", year == null ? when.today().getYear() - 1 : year);
		model.addAttribute("maxYear", when.today().getYear());
		model.addAttribute("given", Map.of());
		return "indicators/submission-form";
	}

	@PostMapping("/indicators/submissions/new")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String park = blank(form.get("park"));
		String year = blank(form.get("year"));
		return save(form, redirect, null, () -> park != null
				? submissions.putParkData(park, year(year), ValuesForm.values(form), ExpectedVersion.ANY)
				: submissions.create(new Submissions.Command(blank(form.get("creditCode")), year == null ? null : year(year),
						ValuesForm.values(form), null)))
			.map(s -> "redirect:/indicators/submissions/" + s.id())
			.orElse("redirect:/indicators/submissions/new?year=" + (year == null ? "" : year)
					+ (park == null ? "" : "&park=" + park));
	}

	@GetMapping("/indicators/submissions/{id}")
	String submission(@PathVariable long id, Model model, Locale locale) {
		Submission s = submissions.get(id);
		List<Submission> revisions = submissions.revisions(s.creditCode(), s.parkCode(), s.year());
		model.addAttribute("s", s);
		model.addAttribute("revisions", revisions);
		model.addAttribute("latest", !revisions.isEmpty() && revisions.get(0).id() == s.id());
		model.addAttribute("names", names(List.of(s), locale));
		model.addAttribute("items", ValuesForm.items(input, s.parkLevel()));
		model.addAttribute("itemNames", ValuesForm.itemNames(input, locale));
		model.addAttribute("units", ValuesForm.units());
		model.addAttribute("mayEnter", submissions.mayEnter(s));
		model.addAttribute("mayDecide", submissions.mayDecide(s));
		model.addAttribute("given", s.values().stream().collect(java.util.stream.Collectors.toMap(Submission.Value::item, v -> v)));
		model.addAttribute("confirmedText", s.confirmed().stream().map(f -> messages.of(input.problems(List.of(f)).get(0))).toList());
		return "indicators/submission";
	}

	@PostMapping("/indicators/submissions/{id}/values")
	String edit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		ExpectedVersion version = org.parkloop.platform.Versions.ofForm(form);
		save(form, redirect, "/indicators/submissions/" + id,
				() -> submissions.update(id, new Submissions.Command(null, null, ValuesForm.values(form), null), version));
		return "redirect:/indicators/submissions/" + id;
	}

	/** Saves the values form; a refusal goes back to the form with what was typed, naming each problem. */
	private java.util.Optional<Submission> save(Map<String, String> form, RedirectAttributes redirect, String reload,
			java.util.function.Supplier<Submission> save) {
		try {
			Submission s = save.get();
			redirect.addFlashAttribute("message", messages.get("submission.saved"));
			return java.util.Optional.of(s);
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "values", FormView.refused(form, e.problems(), messages));
		}
		catch (org.parkloop.shared.StaleVersion e) {
			FormView.flash(redirect, "values", FormView.stale(form, e, messages, reload));
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			FormView.flash(redirect, "values", FormView.refused(form, e, messages));
		}
		return java.util.Optional.empty();
	}

	@PostMapping("/indicators/submissions/{id}/action")
	String act(@PathVariable long id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String confirm, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		submissions.get(id);
		long[] next = { id };
		if (action == null) {
			return "redirect:/indicators/submissions/" + id;
		}
		try {
			switch (action) {
				case "SUBMIT" -> review.submit(id, confirm != null, ExpectedVersion.ANY);
				case "ACCEPT" -> review.accept(id, ExpectedVersion.ANY);
				case "RETURN" -> review.returnWith(id, comment, ExpectedVersion.ANY);
				case "CORRECT" -> next[0] = submissions.correct(id).id();
				default -> throw new NotFound("submission.notFound", id);
			}
			redirect.addFlashAttribute("message", messages.get("submission.done." + action));
		}
		catch (org.parkloop.shared.Refused e) {
			redirect.addFlashAttribute("findings", e.reasons().stream()
				.map(r -> messages.get(r.messageKey(), r.args())).toList());
			redirect.addFlashAttribute("error", messages.get("submission.confirmNeeded"));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/indicators/submissions/" + next[0];
	}

	/** Enterprise and park names by code, for the submissions shown. */
	private Map<String, String> names(List<Submission> list, Locale locale) {
		Map<String, String> m = new LinkedHashMap<>();
		parks.all().forEach(p -> m.put(p.code(), p.name(locale)));
		enterprises.profiles(list.stream().map(Submission::creditCode).filter(java.util.Objects::nonNull).toList())
			.forEach((code, p) -> m.put(code, p.name()));
		return m;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static int year(String s) {
		if (s == null || s.isBlank()) {
			throw new InvalidInput(List.of(new org.parkloop.shared.FieldProblem("year", "validation.required")));
		}
		try {
			return Integer.parseInt(s.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(List.of(new org.parkloop.shared.FieldProblem("year", "validation.number", s)));
		}
	}
}
