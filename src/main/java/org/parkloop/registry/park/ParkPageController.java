package org.parkloop.registry.park;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.Versions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.StaleVersion;

import jakarta.servlet.http.HttpServletRequest;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Forms;
import org.parkloop.shared.InvalidInput;
import org.parkloop.registry.ParkView;
import org.parkloop.platform.ImportPage;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ParkPageController {

	private static final ImportPage.Kind IMPORT = new ImportPage.Kind("parks");

	private final ParkService parks;
	private final ParkListing listing;
	private final org.parkloop.registry.ParkAccess access;
	private final Messages messages;
	private final ImportPage imports;
	private final org.parkloop.registry.enterprise.EnterprisesOfPark enterprises;

	private final ParkLifecycleService lifecycle;

	private final org.parkloop.platform.When when;

	ParkPageController(ParkService parks, ParkListing listing, org.parkloop.registry.ParkAccess access, Messages messages,
			org.parkloop.registry.enterprise.EnterprisesOfPark enterprises, ImportPage imports, ParkLifecycleService lifecycle, org.parkloop.platform.When when) {
		this.when = when;
		this.lifecycle = lifecycle;
		this.imports = imports;
		this.parks = parks;
		this.listing = listing;
		this.access = access;
		this.messages = messages;
		this.enterprises = enterprises;
	}

	@GetMapping("/parks")
	String list(@RequestParam(required = false) ParkLevel level, @RequestParam(required = false) String administeredBy,
			@RequestParam(required = false) TransformationStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
		model.addAttribute("parks", listing.list(new ParkListing.Filter(level, administeredBy, status, asOf, q)));
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("statuses", TransformationStatus.values());
		model.addAttribute("units", listing.administeringUnits());
		model.addAttribute("filter", new ParkListing.Filter(level, administeredBy, status, asOf, q));
		return request.getHeader("HX-Request") != null ? "parks/list :: table" : "parks/list";
	}

	@GetMapping("/parks/{code}")
	String detail(@PathVariable String code, Model model) {
		return detail(code, model, null, FormView.of(Map.of("date", when.today())));
	}

	/** The park's page; {@code formFor} names the dated-fact form a refusal is shown in, with what was entered. */
	private String detail(String code, Model model, String formFor, FormView form) {
		ParkJson park = listing.one(code, null);
		model.addAttribute("park", park);
		model.addAttribute("enterprises", enterprises.of(code));
		model.addAttribute("names", parks.all().stream()
			.collect(java.util.stream.Collectors.toMap(ParkView::code, p -> p.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
		model.addAttribute("others", parks.all().stream().filter(p -> !p.code().equals(code) && !p.lifecycle().revoked()).toList());
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("formFor", formFor);
		model.addAttribute("form", form);
		return "parks/detail";
	}

	@PostMapping("/parks/{code}/level-changes")
	String changeLevel(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return dated(code, "level", form, model, redirect, (row, date) -> lifecycle.changeLevel(code,
				new ParkLifecycleService.LevelChange(date, row.get("level"), row.get("comment")), ExpectedVersion.ANY));
	}

	@PostMapping("/parks/{code}/merger")
	String merge(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return dated(code, "merger", form, model, redirect, (row, date) -> lifecycle.merge(code,
				new ParkLifecycleService.Merger(row.get("into"), date, row.get("comment")), ExpectedVersion.ANY));
	}

	@PostMapping("/parks/{code}/revocation")
	String revoke(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		return dated(code, "revocation", form, model, redirect, (row, date) -> lifecycle.revoke(code,
				new ParkLifecycleService.Revocation(date, row.get("comment")), ExpectedVersion.ANY));
	}

	private String dated(String code, String formFor, Map<String, String> form, Model model, RedirectAttributes redirect,
			java.util.function.BiConsumer<org.parkloop.platform.Table.Row, java.time.LocalDate> change) {
		access.checkCity();
		try {
			org.parkloop.platform.Table.Row row = org.parkloop.platform.Table.Row.ofForm(form);
			List<FieldProblem> unreadable = new java.util.ArrayList<>();
			java.time.LocalDate date = row.date("date", unreadable);
			if (!unreadable.isEmpty()) {
				throw new InvalidInput(unreadable);
			}
			change.accept(row, date);
			redirect.addFlashAttribute("message", messages.get("parks.dated." + formFor + ".done"));
			return "redirect:/parks/" + code;
		}
		catch (InvalidInput e) {
			return detail(code, model, formFor, FormView.refused(form, e.problems(), messages));
		}
		catch (org.parkloop.shared.Refused e) {
			return detail(code, model, formFor, FormView.refused(form, e, messages));
		}
	}

	@GetMapping("/parks/new")
	String createForm(Model model) {
		access.checkCity();
		return form(model, null, FormView.empty());
	}

	@PostMapping("/parks/new")
	String create(@RequestParam Map<String, String> form, Model model) {
		access.checkCity();
		ParkImport.Parsed parsed = ParkImport.fromForm(form);
		List<FieldProblem> problems = Forms.merge(parsed.problems(), parks.problems(parsed.command(), null));
		if (!problems.isEmpty()) {
			return form(model, null, FormView.refused(form, problems, messages));
		}
		return "redirect:/parks/" + parks.create(parsed.command()).code();
	}

	@GetMapping("/parks/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		access.checkCity();
		ParkView park = parks.get(code);
		return form(model, park, FormView.of(ParkImport.values(ParkCommand.of(park))));
	}

	@PostMapping("/parks/{code}/edit")
	String update(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
		access.checkCity();
		ParkView park = parks.get(code);
		ParkImport.Parsed parsed = ParkImport.fromForm(form);
		ParkCommand command = parsed.command().withCode(park.code());
		List<FieldProblem> problems = Forms.merge(parsed.problems(), parks.problems(command, code));
		if (!problems.isEmpty()) {
			return form(model, park, FormView.refused(form, problems, messages));
		}
		try {
			return "redirect:/parks/" + parks.update(code, command, Versions.ofForm(form)).code();
		}
		catch (StaleVersion e) {
			return form(model, park, FormView.stale(form, e, messages, "/parks/" + code));
		}
	}

	/** The park form: a new park (park null) or a stored one, with the values to show. */
	private String form(Model model, ParkView park, FormView form) {
		model.addAttribute("park", park);
		model.addAttribute("creating", park == null);
		model.addAttribute("form", form);
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("others", parks.all().stream().filter(p -> park == null || !p.code().equals(park.code())).toList());
		return "parks/form";
	}

	@GetMapping("/parks/import")
	String importForm(Model model) {
		access.checkCity();
		return imports.form(IMPORT, model);
	}

	@PostMapping("/parks/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		access.checkCity();
		return imports.upload(IMPORT, file, (name, in) -> parks.importRows(ParkImport.read(name, in)), model, redirect);
	}

	@GetMapping("/parks/export")
	ResponseEntity<byte[]> export(Locale locale) {
		var rows = listing.visible().stream().map(p -> ParkImport.cells(p, messages, locale)).toList();
		return Workbooks.download("parks.xlsx",
				Workbooks.write(messages.get("parks.title"), ParkImport.COLUMNS, rows, locale));
	}
}
