package org.parkloop.exchange.catalogue;

import org.parkloop.platform.FormView;
import org.parkloop.platform.Forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue, the compatibility rules and the licences in the browser; CITY users keep rules and licences. */
@Controller
class CataloguePages {

	private final Catalogue catalogue;
	private final Licences licences;
	private final EnterpriseRegistry enterprises;
	private final Messages messages;

	CataloguePages(Catalogue catalogue, Licences licences, EnterpriseRegistry enterprises, Messages messages) {
		this.catalogue = catalogue;
		this.licences = licences;
		this.enterprises = enterprises;
		this.messages = messages;
	}

	@GetMapping("/exchange/catalogue")
	String catalogue(Model model, java.util.Locale locale) {
		model.addAttribute("materials", catalogue.materials());
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		catalogue.materials().forEach(m -> labels.put(m.code(), m.label(locale)));
		enterprises.industries().forEach(i -> labels.put("industry:" + i.code(), i.code() + " " + i.name(locale)));
		model.addAttribute("labels", labels);
		model.addAttribute("rules", catalogue.rules());
		List<Licence> all = licences.all();
		model.addAttribute("licences", all);
		model.addAttribute("holders", enterprises.profiles(all.stream().map(Licence::holder).toList()));
		model.addAttribute("industries", enterprises.industries());
		model.addAttribute("canEdit", catalogue.canEditRules());
		return "exchange/catalogue";
	}

	@PostMapping("/exchange/rules")
	String createRule(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			catalogue.createRule(command(form));
			redirect.addFlashAttribute("message", messages.get("mfa.saved"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "rule", FormView.refused(form, e.problems(), messages));
		}
		return "redirect:/exchange/catalogue#rules";
	}

	@GetMapping("/exchange/rules/{id}")
	String rule(@PathVariable long id, Model model) {
		Rule rule = catalogue.rule(id);
		model.addAttribute("rule", rule);
		if (!model.containsAttribute("formFor")) {
			Map<String, Object> values = new java.util.HashMap<>();
			values.put("materialCode", rule.materialCode());
			values.put("useZh", rule.useZh());
			values.put("useEn", rule.useEn());
			values.put("industryCode", rule.industryCode());
			values.put("maxDistanceKm", rule.maxDistanceKm() == null ? null
					: java.math.BigDecimal.valueOf(rule.maxDistanceKm()).stripTrailingZeros().toPlainString());
			values.put("qualityCondition", rule.qualityCondition());
			values.put("source", rule.source());
			values.put("licenceRequired", rule.licenceRequired());
			values.put("inactive", !rule.active());
			values.put("version", rule.version());
			model.addAttribute("form", FormView.of(values));
		}
		model.addAttribute("materials", catalogue.materials());
		model.addAttribute("industries", enterprises.industries());
		model.addAttribute("canEdit", catalogue.canEditRules());
		return "exchange/rule";
	}

	@PostMapping("/exchange/rules/{id}")
	String updateRule(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			catalogue.updateRule(id, command(form), org.parkloop.platform.Versions.ofForm(form));
			redirect.addFlashAttribute("message", messages.get("mfa.saved"));
			return "redirect:/exchange/catalogue#rules";
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "rule", FormView.refused(form, e.problems(), messages));
			return "redirect:/exchange/rules/" + id;
		}
		catch (org.parkloop.shared.StaleVersion e) {
			FormView.flash(redirect, "rule", FormView.stale(form, e, messages, "/exchange/rules/" + id));
			return "redirect:/exchange/rules/" + id;
		}
	}

	@PostMapping("/exchange/licences")
	String createLicence(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<FieldProblem> reading = new ArrayList<>();
		org.parkloop.platform.Table.Row row = org.parkloop.platform.Table.Row.ofForm(form);
		Double capacity = row.number("annualCapacityTonnes", reading);
		LocalDate from = row.date("validFrom", reading);
		LocalDate to = row.date("validTo", reading);
		try {
			if (!reading.isEmpty()) {
				throw new InvalidInput(reading);
			}
			licences.create(new Licences.LicenceCommand(form.get("number"), form.get("holder"),
					List.of(form.getOrDefault("codes", "")), capacity, from, to, form.get("province")));
			redirect.addFlashAttribute("message", messages.get("mfa.saved"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "licence", FormView.refused(form, Forms.merge(reading, e.problems()), messages));
		}
		return "redirect:/exchange/catalogue#licences";
	}

	@PostMapping("/exchange/licences/import")
	String importLicences(@org.springframework.web.bind.annotation.RequestParam("file")
			org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) throws java.io.IOException {
		try (java.io.InputStream in = file.getInputStream()) {
			org.parkloop.platform.ImportResult r = licences.importFile(file.getOriginalFilename(), in);
			redirect.addFlashAttribute("message", messages.get("import.done", r.created(), r.updated()));
		}
		catch (org.parkloop.platform.ImportRejected e) {
			redirect.addFlashAttribute("rowErrors", e.errors().stream().map(messages::of).toList());
		}
		return "redirect:/exchange/catalogue#licences";
	}

	/** The licences as Excel, in the columns an import takes: a template and a record at once. */
	@GetMapping("/exchange/licences/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> exportLicences(java.util.Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Licence l : licences.all()) {
			rows.add(List.of(l.number(), l.holder(), String.join(",", l.codes()), l.annualCapacityTonnes(), l.validFrom(),
					l.validTo(), l.province()));
		}
		return org.parkloop.platform.Workbooks.download("licences.xlsx",
				org.parkloop.platform.Workbooks.write("licences", LicenceImport.COLUMNS, rows, locale));
	}

	private static Catalogue.RuleCommand command(Map<String, String> f) {
		List<FieldProblem> unreadable = new ArrayList<>();
		Double distance = org.parkloop.platform.Table.Row.ofForm(f).number("maxDistanceKm", unreadable);
		if (!unreadable.isEmpty()) {
			throw new InvalidInput(unreadable);
		}
		return new Catalogue.RuleCommand(f.get("materialCode"), f.get("useZh"), f.get("useEn"), f.get("industryCode"),
				distance, f.containsKey("licenceRequired"), f.get("qualityCondition"), f.get("source"),
				!f.containsKey("inactive"), null);
	}
}
