package org.parkloop.registry.consultancy;

import org.parkloop.registry.Consultancy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.FormView;
import org.parkloop.platform.ImportPage;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Table;
import org.parkloop.platform.Versions;
import org.parkloop.platform.When;
import org.parkloop.platform.Workbooks;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultancies in the browser: the list with each one's qualification today, CITY's form, import and export. */
@Controller
class ConsultancyPages {

	private static final ImportPage.Kind IMPORT = new ImportPage.Kind("consultancies");

	private final Consultancies consultancies;
	private final ImportPage importPage;
	private final Messages messages;
	private final When when;
	private final org.parkloop.registry.ParkAccess access;
	private final ConsultancyMembers members;

	ConsultancyPages(Consultancies consultancies, ImportPage importPage, Messages messages, When when,
			org.parkloop.registry.ParkAccess access, ConsultancyMembers members) {
		this.access = access;
		this.members = members;
		this.consultancies = consultancies;
		this.importPage = importPage;
		this.messages = messages;
		this.when = when;
	}

	@GetMapping("/consultancies")
	String list(Model model) {
		model.addAttribute("consultancies", consultancies.all());
		model.addAttribute("today", when.today());
		return "consultancies/list";
	}

	@GetMapping("/consultancies/new")
	String form(Model model) {
		access.checkCity();
		model.addAttribute("consultancy", null);
		return "consultancies/form";
	}

	@GetMapping("/consultancies/{creditCode}/edit")
	String edit(@PathVariable String creditCode, Model model) {
		access.checkCity();
		Consultancy c = consultancies.get(creditCode);
		model.addAttribute("consultancy", c);
		if (!model.containsAttribute("formFor")) {
			Map<String, Object> v = new HashMap<>();
			v.put("creditCode", c.creditCode());
			v.put("name", c.name());
			v.put("grade", c.grade());
			v.put("certificateNumber", c.certificateNumber());
			v.put("certificateValidUntil", c.certificateValidUntil());
			v.put("version", c.version());
			model.addAttribute("form", FormView.of(v));
		}
		model.addAttribute("members", members.of(creditCode));
		return "consultancies/form";
	}

	/** CITY links a CONSULTANT user to the consultancy (or unlinks one): it may then draft engaged parks' plans. */
	@PostMapping("/consultancies/{creditCode}/members")
	String member(@PathVariable String creditCode, @RequestParam(required = false) String username,
			@RequestParam(required = false) String remove, RedirectAttributes redirect) {
		org.parkloop.platform.PageAction.run(redirect, messages, remove != null ? "consultancy.unlinked" : "consultancy.linked",
				() -> {
					if (remove != null) {
						members.unlink(creditCode, remove);
						return remove;
					}
					return members.link(creditCode, username == null ? null : username.strip());
				});
		return "redirect:/consultancies/" + creditCode + "/edit";
	}

	@PostMapping("/consultancies/new")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return save(form, redirect, "/consultancies/new", null,
				c -> consultancies.create(c).creditCode());
	}

	@PostMapping("/consultancies/{creditCode}/edit")
	String update(@PathVariable String creditCode, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		ExpectedVersion expected = Versions.ofForm(form);
		return save(form, redirect, "/consultancies/" + creditCode + "/edit", "/consultancies/" + creditCode + "/edit",
				c -> consultancies.update(creditCode, c, expected).creditCode());
	}

	private String save(Map<String, String> form, RedirectAttributes redirect, String back, String reload,
			java.util.function.Function<ConsultancyCommand, String> save) {
		List<FieldProblem> reading = new ArrayList<>();
		Table.Row row = Table.Row.ofForm(form);
		ConsultancyCommand c = new ConsultancyCommand(row.get("creditCode"), row.get("name"), row.get("grade"),
				row.get("certificateNumber"), row.date("certificateValidUntil", reading), null);
		String next = FormView.save(redirect, "consultancy", form, messages, reload, () -> {
			if (!reading.isEmpty()) {
				throw new InvalidInput(reading);
			}
			save.apply(c);
			redirect.addFlashAttribute("message", messages.get("consultancy.saved", c.name()));
			return "redirect:/consultancies";
		});
		return next != null ? next : "redirect:" + back;
	}

	@GetMapping("/consultancies/import")
	String importForm(Model model) {
		access.checkCity();
		return importPage.form(IMPORT, model);
	}

	@PostMapping("/consultancies/import")
	String importFile(@RequestPart("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		access.checkCity();
		return importPage.upload(IMPORT, file, consultancies::importFile, model, redirect);
	}

	@GetMapping("/consultancies/export")
	ResponseEntity<byte[]> export(Locale locale) {
		return Workbooks.download("consultancies.xlsx", workbook(consultancies.all(), locale));
	}

	static byte[] workbook(List<Consultancy> list, Locale locale) {
		return Workbooks.write("consultancies", Consultancies.COLUMNS, list.stream()
			.map(c -> List.<Object>of(c.creditCode(), c.name(), c.grade(), c.certificateNumber(), c.certificateValidUntil()))
			.toList(), locale);
	}
}
