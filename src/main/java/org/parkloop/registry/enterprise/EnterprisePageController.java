package org.parkloop.registry.enterprise;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.shared.FieldProblem;

import org.parkloop.platform.ImportPage;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Forms;
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
class EnterprisePageController {

	private static final ImportPage.Kind IMPORT = new ImportPage.Kind("enterprises");

	static final int PAGE_SIZE = 50;

	private final EnterpriseService enterprises;
	private final ParkCatalog parks;
	private final Messages messages;
	private final ImportPage imports;

	private final org.parkloop.registry.RegistryNames names;

	private final CreditCodeCorrections corrections;

	EnterprisePageController(EnterpriseService enterprises, ParkCatalog parks, Messages messages, ImportPage imports,
			org.parkloop.registry.RegistryNames names, CreditCodeCorrections corrections) {
		this.names = names;
		this.corrections = corrections;
		this.imports = imports;
		this.enterprises = enterprises;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/enterprises")
	String list(@RequestParam(required = false) String park, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = new EnterpriseRepository.Query(EnterpriseApiController.blank(park),
				EnterpriseApiController.blank(industry), EnterpriseApiController.blank(q), Math.max(0, page), PAGE_SIZE);
		long total = enterprises.count(query);
		model.addAttribute("enterprises", enterprises.find(query));
		model.addAttribute("total", total);
		model.addAttribute("page", query.page());
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("wrongCodes", corrections.wrong().size());
		return lookups(model, "enterprises/list");
	}

	@GetMapping("/enterprises/{creditCode}")
	String detail(@PathVariable String creditCode, Model model) {
		Enterprise e = enterprises.get(creditCode);
		model.addAttribute("enterprise", e);
		model.addAttribute("park", parks.find(e.parkCode()).orElseThrow());
		var codeProblem = org.parkloop.shared.CreditCode.check(e.creditCode());
		model.addAttribute("codeProblem", codeProblem == null ? null : messages.get(codeProblem.messageKey(), e.creditCode()));
		return lookups(model, "enterprises/detail");
	}

	@GetMapping("/enterprises/new")
	String createForm(@RequestParam(required = false) String park, Model model) {
		checkCanCreateSomewhere(park);
		return form(model, null, FormView.of(park == null ? Map.of() : Map.of("parkCode", park)));
	}

	@PostMapping("/enterprises/new")
	String create(@RequestParam Map<String, String> form, Model model) {
		checkCanCreateSomewhere(form.get("parkCode"));
		EnterpriseImport.Parsed parsed = EnterpriseImport.fromForm(form);
		List<FieldProblem> problems = Forms.merge(parsed.problems(), enterprises.problems(parsed.command(), null));
		if (!problems.isEmpty()) {
			return form(model, null, FormView.refused(form, problems, messages));
		}
		return "redirect:/enterprises/" + enterprises.create(parsed.command()).creditCode();
	}

	@GetMapping("/enterprises/{creditCode}/edit")
	String editForm(@PathVariable String creditCode, Model model) {
		Enterprise e = enterprises.get(creditCode);
		enterprises.checkUpdate(e);
		return form(model, e, FormView.of(EnterpriseImport.values(EnterpriseCommand.of(e))));
	}

	@PostMapping("/enterprises/{creditCode}/edit")
	String update(@PathVariable String creditCode, @RequestParam Map<String, String> form, Model model) {
		Enterprise stored = enterprises.get(creditCode);
		String existing = stored.creditCode();
		enterprises.checkUpdate(stored);
		EnterpriseImport.Parsed parsed = EnterpriseImport.fromForm(form);
		EnterpriseCommand command = parsed.command().withCreditCode(existing);
		List<FieldProblem> problems = Forms.merge(parsed.problems(), enterprises.problems(command, existing));
		if (!problems.isEmpty()) {
			return form(model, stored, FormView.refused(form, problems, messages));
		}
		try {
			return "redirect:/enterprises/"
					+ enterprises.update(existing, command, org.parkloop.platform.Versions.ofForm(form)).creditCode();
		}
		catch (org.parkloop.shared.StaleVersion e) {
			return form(model, stored, FormView.stale(form, e, messages, "/enterprises/" + existing));
		}
	}

	private void checkCanCreateSomewhere(String park) {
		if (parks.all().stream().noneMatch(p -> enterprises.canCreateIn(p.code()))) {
			throw new org.parkloop.shared.Forbidden("access.enterpriseCreate", park == null ? "" : park);
		}
	}

	/** The enterprise form: a new enterprise (null) or a stored one, with the values to show. */
	private String form(Model model, Enterprise enterprise, FormView form) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("creating", enterprise == null);
		model.addAttribute("form", form);
		model.addAttribute("sizes", EnterpriseSize.values());
		return lookups(model, "enterprises/form");
	}

	private String lookups(Model model, String view) {
		model.addAttribute("parks", parks.all().stream().filter(p -> enterprises.canCreateIn(p.code())).toList());
		model.addAttribute("industries", enterprises.industries());
		return view;
	}

	@GetMapping("/enterprises/import")
	String importForm(Model model) {
		enterprises.checkImport();
		return imports.form(IMPORT, model);
	}

	@PostMapping("/enterprises/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		enterprises.checkImport();
		return imports.upload(IMPORT, file, (name, in) -> enterprises.importRows(EnterpriseImport.read(name, in)), model, redirect);
	}

	@GetMapping("/enterprises/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String park, Locale locale) {
		var query = new EnterpriseRepository.Query(EnterpriseApiController.blank(park), null, null, 0, Integer.MAX_VALUE);
		var rows = enterprises.find(query).stream().map(e -> EnterpriseImport.cells(e, messages, locale, names)).toList();
		return Workbooks.download("enterprises.xlsx",
				Workbooks.write(messages.get("enterprises.title"), EnterpriseImport.COLUMNS, rows, locale));
	}
}
