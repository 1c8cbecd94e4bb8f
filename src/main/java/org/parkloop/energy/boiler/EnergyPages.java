package org.parkloop.energy.boiler;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.energy.engine.BoilerDeadlines;
import org.parkloop.energy.map.EnergyMap;
import org.parkloop.platform.ImportPage;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.platform.When;
import org.parkloop.platform.Workbooks;
import org.parkloop.registry.ParkView;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Energy in the browser (R10): the city's overview (every park's compliance and the map), a park's page (the
 * compliance chart against the deadlines, the map, its boilers with their status changes), the boiler list with
 * import and export, and the overdue list as Excel for enforcement.
 */
@Controller
class EnergyPages {

	private static final ImportPage.Kind IMPORT = new ImportPage.Kind("boilers");

	private final Boilers boilers;
	private final Compliance compliance;
	private final BoilerWorkbook workbook;
	private final EnergyMap map;
	private final ImportPage importPage;
	private final Messages messages;
	private final When when;
	private final JsonMapper json;
	private final Renewables renewables;

	/** An optional tile layer (a URL template such as 天地图's with the city's key), its subdomains and attribution. */
	@org.springframework.beans.factory.annotation.Value("${parkloop.map.tiles:}")
	private String tiles;

	@org.springframework.beans.factory.annotation.Value("${parkloop.map.subdomains:}")
	private String subdomains;

	@org.springframework.beans.factory.annotation.Value("${parkloop.map.attribution:}")
	private String attribution;

	EnergyPages(Boilers boilers, Compliance compliance, BoilerWorkbook workbook, EnergyMap map, ImportPage importPage,
			Messages messages, When when, JsonMapper json, Renewables renewables) {
		this.renewables = renewables;
		this.boilers = boilers;
		this.compliance = compliance;
		this.workbook = workbook;
		this.map = map;
		this.importPage = importPage;
		this.messages = messages;
		this.when = when;
		this.json = json;
	}

	/** Every park the caller reads as an office: its compliance today, and the map of them all. */
	@GetMapping("/energy")
	String overview(@RequestParam(required = false) LocalDate asOf, Model model, Locale locale) {
		List<ParkView> parks;
		try {
			parks = map.parksOf(null);
		}
		catch (org.parkloop.shared.Forbidden e) {
			return "redirect:/boilers"; // an enterprise: its own boilers
		}
		Compliance.Result all = compliance.asOf(null, asOf);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ParkView p : parks) {
			java.util.function.Function<List<Compliance.Item>, List<Compliance.Item>> of = items -> items.stream()
				.filter(i -> i.parkCode().equals(p.code())).toList();
			Compliance.Counts c = new Compliance.Result(all.asOf(), of.apply(all.overdue()), of.apply(all.dueNext()),
					of.apply(all.done()), null, null, null, 0, 0, 0, Map.of()).boilerCounts();
			rows.add(Map.of("code", p.code(), "name", p.name(locale), "overdue", c.overdue(), "due", c.due(), "done",
					c.done()));
		}
		model.addAttribute("result", all);
		model.addAttribute("rows", rows);
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("parks", rows.stream()
			.filter(r -> (int) r.get("overdue") + (int) r.get("due") + (int) r.get("done") > 0).toList())));
		model.addAttribute("mapData", org.parkloop.platform.ScriptJson.of(json, map.of(null, all.asOf())));
		model.addAttribute("mapLabels", labels(locale));
		return "energy/overview";
	}

	@GetMapping("/parks/{code}/energy")
	String park(@PathVariable String code, Model model, Locale locale) {
		ParkView park = map.parksOf(code).get(0);
		Compliance.Result today = compliance.asOf(code, null);
		model.addAttribute("park", park);
		model.addAttribute("result", today);
		model.addAttribute("boilers", boilers.list(code, null));
		model.addAttribute("renewables", renewables.list(code));
		model.addAttribute("kinds", Renewable.Kind.values());
		model.addAttribute("statuses", BoilerDeadlines.Status.values());
		model.addAttribute("fuels", BoilerDeadlines.Fuel.values());
		model.addAttribute("today", when.today());
		List<Map<String, Object>> deadlines = compliance.rules().stream()
			.map(r -> Map.<String, Object>of("code", r.code(), "deadline", r.deadline().toString())).toList();
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("series", compliance.series(code),
				"deadlines", deadlines)));
		model.addAttribute("mapData", org.parkloop.platform.ScriptJson.of(json, map.of(code, null)));
		model.addAttribute("mapLabels", labels(locale));
		return "energy/park";
	}

	/** The map's words: its layers, the boilers' fuels and statuses. */
	private String labels(Locale locale) {
		Map<String, String> layers = new LinkedHashMap<>();
		for (String l : List.of("park-boundary", "heat-coverage", "zoning", "enterprise", "boiler", "flow")) {
			layers.put(l, messages.get(locale, "energy.layer." + l));
		}
		Map<String, String> words = new LinkedHashMap<>();
		for (BoilerDeadlines.Status s : BoilerDeadlines.Status.values()) {
			words.put(s.name(), messages.label(locale, s));
		}
		for (BoilerDeadlines.Fuel f : BoilerDeadlines.Fuel.values()) {
			words.put(f.name(), messages.label(locale, f));
		}
		for (String k : List.of("capacity", "insideCoverage", "restriction", "quantity", "park", "enterprise")) {
			words.put(k, messages.get(locale, "energy.word." + k));
		}
		return org.parkloop.platform.ScriptJson.of(json, Map.of("layers", layers, "words", words, "tiles", tiles, "subdomains", subdomains,
				"attribution", attribution));
	}

	/** The boilers the caller may read (an enterprise its own), with their status changes, import and export. */
	@GetMapping("/boilers")
	String list(Model model) {
		model.addAttribute("boilers", boilers.list(null, null));
		model.addAttribute("statuses", BoilerDeadlines.Status.values());
		model.addAttribute("fuels", BoilerDeadlines.Fuel.values());
		model.addAttribute("today", when.today());
		return "energy/boilers";
	}

	@PostMapping("/boilers/{id}/changes")
	String change(@PathVariable long id, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String status, @RequestParam(required = false) String fuel,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "boiler.changed",
				() -> boilers.change(id, new BoilerCommand.ChangeCommand(date, status, fuel)));
		return "redirect:" + (back != null && back.matches("/parks/[A-Za-z0-9_-]+/energy") ? back : "/boilers");
	}

	@PostMapping("/parks/{code}/energy/renewables")
	String addRenewable(@PathVariable String code, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
			@RequestParam(required = false) java.math.BigDecimal capacity,
			@RequestParam(required = false) java.math.BigDecimal electricityMwh,
			@RequestParam(required = false) java.math.BigDecimal heatGj,
			@RequestParam(required = false) LocalDate commissionedOn, RedirectAttributes redirect) {
		String park = map.parksOf(code).get(0).code();
		PageAction.run(redirect, messages, "renewable.added", () -> renewables.create(new Renewable.Command(creditCode,
				name, kind, capacity, null, electricityMwh, heatGj, commissionedOn, null, null)));
		return "redirect:/parks/" + park + "/energy";
	}

	@GetMapping("/boilers/import")
	String importForm(Model model) {
		return importPage.form(IMPORT, model);
	}

	@PostMapping("/boilers/import")
	String importFile(@RequestPart("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		return importPage.upload(IMPORT, file, workbook::importFile, model, redirect);
	}

	@GetMapping("/boilers/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String parkCode, Locale locale) {
		return Workbooks.download("boilers.xlsx", workbook.export(parkCode, locale));
	}

	@GetMapping("/energy/overdue.xlsx")
	ResponseEntity<byte[]> overdue(@RequestParam(required = false) String parkCode,
			@RequestParam(required = false) LocalDate asOf, Locale locale) {
		return Workbooks.download("overdue-boilers.xlsx", workbook.overdue(parkCode, asOf, locale));
	}
}
