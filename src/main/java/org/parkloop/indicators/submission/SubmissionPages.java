package org.parkloop.indicators.submission;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.FormView;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
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
import org.parkloop.shared.Unit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data entry in the browser: the list (an enterprise's own history, a park's review queue), the form of an
 * enterprise's (or the park's own) values for a year, a submission with its revisions and the actions the caller
 * may take, and the park-wide template's upload.
 */
@Controller
class SubmissionPages {

	private final Submissions submissions;
	private final SubmissionInput input;
	private final SubmissionWorkbook workbook;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;

	SubmissionPages(Submissions submissions, SubmissionInput input, SubmissionWorkbook workbook,
			EnterpriseRegistry enterprises, ParkCatalog parks, CurrentCaller callers, Messages messages, When when) {
		this.submissions = submissions;
		this.input = input;
		this.workbook = workbook;
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
		model.addAttribute("items", items(parkLevel, locale));
		model.addAttribute("units", units());
		model.addAttribute("year", year == null ? when.today().getYear() - 1 : year);
		model.addAttribute("maxYear", when.today().getYear());
		model.addAttribute("given", Map.of());
		return "indicators/submission-form";
	}

	@PostMapping("/indicators/submissions/new")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String park = blank(form.get("park"));
		Integer year = null;
		try {
			year = year(form.get("year"));
			List<SubmissionInput.ValueInput> values = values(form);
			Submission s = park != null
					? submissions.putParkData(park, year == null ? 0 : year, values, ExpectedVersion.ANY)
					: submissions.create(new Submissions.Command(blank(form.get("creditCode")), year, values, null));
			redirect.addFlashAttribute("message", messages.get("submission.saved"));
			return "redirect:/indicators/submissions/" + s.id();
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "values", FormView.refused(form, e.problems(), messages));
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			FormView.flash(redirect, "values", FormView.refused(form, e, messages));
		}
		return "redirect:/indicators/submissions/new?year=" + (year == null ? "" : year) + (park == null ? "" : "&park=" + park);
	}

	@GetMapping("/indicators/submissions/{id}")
	String submission(@PathVariable long id, Model model, Locale locale) {
		Submission s = submissions.get(id);
		List<Submission> revisions = submissions.revisions(s.creditCode(), s.parkCode(), s.year());
		model.addAttribute("s", s);
		model.addAttribute("revisions", revisions);
		model.addAttribute("latest", !revisions.isEmpty() && revisions.get(0).id() == s.id());
		model.addAttribute("names", names(List.of(s), locale));
		model.addAttribute("items", items(s.parkLevel(), locale));
		model.addAttribute("itemNames", itemNames(locale));
		model.addAttribute("units", units());
		model.addAttribute("mayEnter", submissions.mayEnter(s));
		model.addAttribute("mayDecide", submissions.mayDecide(s));
		model.addAttribute("given", s.values().stream().collect(java.util.stream.Collectors.toMap(Submission.Value::item, v -> v)));
		model.addAttribute("confirmedText", s.confirmed().stream().map(f -> messages.of(input.problems(List.of(f)).get(0))).toList());
		return "indicators/submission";
	}

	@PostMapping("/indicators/submissions/{id}/values")
	String edit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Long version = form.get("version") == null ? null : Long.valueOf(form.get("version"));
		try {
			submissions.update(id, new Submissions.Command(null, null, values(form), version),
					version == null ? ExpectedVersion.MISSING : ExpectedVersion.body(version));
			redirect.addFlashAttribute("message", messages.get("submission.saved"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "values", FormView.refused(form, e.problems(), messages));
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			FormView.flash(redirect, "values", FormView.refused(form, e, messages));
		}
		return "redirect:/indicators/submissions/" + id;
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
				case "SUBMIT" -> submissions.submit(id, confirm != null, ExpectedVersion.ANY);
				case "ACCEPT" -> submissions.accept(id, ExpectedVersion.ANY);
				case "RETURN" -> submissions.returnWith(id, comment, ExpectedVersion.ANY);
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

	@PostMapping("/indicators/submissions/import")
	String importTemplate(@RequestParam(required = false) String park, @RequestParam(required = false) Integer year,
			@RequestPart("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		String into = park != null ? park : callers.get().scopes(Role.PARK).stream().sorted().findFirst()
			.orElseThrow(() -> new Forbidden("access.submission.parkEnters"));
		year = year != null ? year : when.today().getYear() - 1;
		try (InputStream in = file.getInputStream()) {
			ImportResult r = workbook.importRows(into, year, file.getOriginalFilename(), in);
			redirect.addFlashAttribute("message", messages.get("submission.imported", r.created(), r.updated()));
		}
		catch (ImportRejected e) {
			redirect.addFlashAttribute("error", messages.get("import.rejected", e.errors().size()));
			redirect.addFlashAttribute("rowErrors", e.errors().stream().map(messages::of).toList());
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/indicators/submissions?year=" + year;
	}

	/** The values typed in a form: inputs {@code v.<item>} and {@code u.<item>}; empty ones are left out. */
	private static List<SubmissionInput.ValueInput> values(Map<String, String> form) {
		List<SubmissionInput.ValueInput> list = new ArrayList<>();
		form.forEach((k, v) -> {
			if (k.startsWith("v.") && v != null && !v.isBlank()) {
				BigDecimal value;
				try {
					value = new BigDecimal(v.strip().replace(",", ""));
				}
				catch (NumberFormatException e) {
					throw new InvalidInput(List.of(new org.parkloop.shared.FieldProblem("value", "validation.number", v)));
				}
				list.add(new SubmissionInput.ValueInput(k.substring(2), value, form.get("u." + k.substring(2))));
			}
		});
		return list;
	}

	private List<IndicatorCatalogue.Item> items(boolean parkLevel, Locale locale) {
		return input.items().values().stream().filter(i -> i.level().equals(parkLevel ? "PARK" : "ENTERPRISE"))
			.sorted(java.util.Comparator.comparing(IndicatorCatalogue.Item::code)).toList();
	}

	private Map<String, String> itemNames(Locale locale) {
		Map<String, String> m = new LinkedHashMap<>();
		input.items().values().forEach(i -> m.put(i.code(), "en".equals(locale.getLanguage()) ? i.nameEn() : i.nameZh()));
		return m;
	}

	/** The unit codes by dimension, for the unit pickers. */
	private static Map<String, List<String>> units() {
		Map<String, List<String>> m = new LinkedHashMap<>();
		Unit.all().forEach(u -> m.computeIfAbsent(u.dimension().name(), k -> new ArrayList<>()).add(u.code()));
		return m;
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

	private static Integer year(String s) {
		try {
			return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(List.of(new org.parkloop.shared.FieldProblem("year", "validation.number", s)));
		}
	}
}
