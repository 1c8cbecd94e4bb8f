package org.parkloop.registry.park;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.shared.FieldProblem;

import jakarta.servlet.http.HttpServletRequest;
import org.parkloop.platform.Forms;
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

	ParkPageController(ParkService parks, ParkListing listing, org.parkloop.registry.ParkAccess access, Messages messages,
			org.parkloop.registry.enterprise.EnterprisesOfPark enterprises, ImportPage imports) {
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
			HttpServletRequest request, Model model) {
		model.addAttribute("parks", listing.list(new ParkListing.Filter(level, administeredBy, status, asOf)));
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("statuses", TransformationStatus.values());
		model.addAttribute("units", listing.administeringUnits());
		model.addAttribute("filter", new ParkListing.Filter(level, administeredBy, status, asOf));
		return request.getHeader("HX-Request") != null ? "parks/list :: table" : "parks/list";
	}

	@GetMapping("/parks/{code}")
	String detail(@PathVariable String code, Model model) {
		model.addAttribute("park", listing.one(code, null));
		model.addAttribute("enterprises", enterprises.of(code));
		return "parks/detail";
	}

	@GetMapping("/parks/new")
	String createForm(Model model) {
		access.checkCity();
		return form(model, ParkCommand.empty(), true, List.of());
	}

	@PostMapping("/parks/new")
	String create(@RequestParam Map<String, String> form, Model model) {
		access.checkCity();
		ParkImport.Parsed parsed = ParkImport.fromForm(form);
		List<FieldProblem> problems = Forms.merge(parsed.problems(), parks.problems(parsed.command(), null));
		if (!problems.isEmpty()) {
			return form(model, parsed.command(), true, problems);
		}
		return "redirect:/parks/" + parks.create(parsed.command()).code();
	}


	@GetMapping("/parks/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		access.checkCity();
		return form(model, ParkCommand.of(parks.get(code)), false, List.of());
	}

	@PostMapping("/parks/{code}/edit")
	String update(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
		access.checkCity();
		ParkCommand command = ParkImport.fromForm(form).command().withCode(parks.get(code).code());
		List<FieldProblem> problems = Forms.merge(ParkImport.fromForm(form).problems(), parks.problems(command, code));
		if (!problems.isEmpty()) {
			return form(model, command, false, problems);
		}
		return "redirect:/parks/" + parks.update(code, command).code();
	}

	private String form(Model model, ParkCommand command, boolean creating, List<FieldProblem> problems) {
		model.addAttribute("problems", problems);
		model.addAttribute("park", command);
		model.addAttribute("creating", creating);
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("others", parks.all());
		model.addAttribute("canEdit", true);
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
		var rows = listing.visible().stream().map(p -> ParkImport.cells(p, locale)).toList();
		return Workbooks.download("parks.xlsx",
				Workbooks.write(messages.get("parks.title"), ParkImport.COLUMNS, rows, locale));
	}
}
