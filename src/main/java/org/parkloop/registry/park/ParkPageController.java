package org.parkloop.registry.park;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.TransformationStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ParkPageController {

	private final ParkService parks;
	private final ParkListing listing;
	private final Messages messages;
	private final org.parkloop.registry.enterprise.EnterprisesOfPark enterprises;

	ParkPageController(ParkService parks, ParkListing listing, Messages messages,
			org.parkloop.registry.enterprise.EnterprisesOfPark enterprises) {
		this.parks = parks;
		this.listing = listing;
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
		return form(model, ParkCommand.empty(), true);
	}

	@PostMapping("/parks/new")
	String create(@ModelAttribute("park") ParkCommand command, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return form(model, command, true);
		}
		try {
			return "redirect:/parks/" + parks.create(command).code();
		}
		catch (InvalidInput e) {
			e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
			return form(model, command, true);
		}
	}

	@GetMapping("/parks/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		return form(model, ParkCommand.of(parks.get(code)), false);
	}

	@PostMapping("/parks/{code}/edit")
	String update(@PathVariable String code, @ModelAttribute("park") ParkCommand command, BindingResult binding,
			Model model) {
		if (binding.hasErrors()) {
			return form(model, command.withCode(code), false);
		}
		try {
			return "redirect:/parks/" + parks.update(code, command).code();
		}
		catch (InvalidInput e) {
			e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
			return form(model, command.withCode(code), false);
		}
	}

	private String form(Model model, ParkCommand command, boolean creating) {
		model.addAttribute("park", command);
		model.addAttribute("creating", creating);
		model.addAttribute("levels", ParkLevel.values());
		model.addAttribute("others", parks.all());
		return "parks/form";
	}

	@GetMapping("/parks/import")
	String importForm() {
		return "parks/import";
	}

	@PostMapping("/parks/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportResult result = parks.importRows(ParkImport.read(file.getOriginalFilename(), in));
			redirect.addFlashAttribute("message", messages.get("import.done", result.created(), result.updated()));
			return "redirect:/parks";
		}
		catch (ImportRejected e) {
			model.addAttribute("rowErrors", e.errors().stream().map(messages::of).toList());
			return "parks/import";
		}
		catch (RuleViolation e) {
			model.addAttribute("rowErrors", java.util.List.of(messages.of(e)));
			return "parks/import";
		}
	}

	@GetMapping("/parks/export")
	ResponseEntity<byte[]> export(Locale locale) {
		var rows = parks.all().stream().map(p -> ParkImport.cells(p, locale)).toList();
		return Workbooks.download("parks.xlsx",
				Workbooks.write(messages.get("parks.title"), ParkImport.COLUMNS, rows, locale));
	}
}
