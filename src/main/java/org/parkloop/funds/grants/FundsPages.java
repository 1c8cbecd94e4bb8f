package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.platform.When;
import org.parkloop.shared.Role;
import org.parkloop.transformation.KeyProjects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funds in the browser (R19): the programmes with each year's budget use (a chart) and CITY's forms; the
 * applications, a park's form to apply for a key project of its plan; an application with its points, CITY's
 * decision in instalments per milestone and the payments; a programme-year's ledger.
 */
@Controller
class FundsPages {

	private final Programmes programmes;
	private final Applications applications;
	private final Payments payments;
	private final KeyProjects projects;
	private final CurrentCaller callers;
	private final Messages messages;
	private final When when;
	private final JsonMapper json;
	private final FundsWorkbook workbook;
	private final Pilots pilots;
	private final Recommendations recommendations;
	private final DischargeFees fees;
	private final org.parkloop.registry.RegistryNames parkNames;

	FundsPages(Programmes programmes, Applications applications, Payments payments, KeyProjects projects,
			CurrentCaller callers, Messages messages, When when, JsonMapper json, FundsWorkbook workbook, Pilots pilots,
			Recommendations recommendations, DischargeFees fees, org.parkloop.registry.RegistryNames parkNames) {
		this.parkNames = parkNames;
		this.pilots = pilots;
		this.recommendations = recommendations;
		this.fees = fees;
		this.workbook = workbook;
		this.programmes = programmes;
		this.applications = applications;
		this.payments = payments;
		this.projects = projects;
		this.callers = callers;
		this.messages = messages;
		this.when = when;
		this.json = json;
	}

	@GetMapping("/funds")
	String home(Model model) {
		List<Programmes.Programme> all = programmes.all();
		List<Map<String, Object>> bars = new ArrayList<>();
		all.forEach(p -> p.budgets().forEach(b -> bars.add(Map.of("label", p.name() + " " + b.year(), "paid", b.paid(),
				"committed", b.committed(), "free", b.free()))));
		model.addAttribute("programmes", all);
		model.addAttribute("city", callers.get().has(Role.CITY));
		model.addAttribute("today", when.today());
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("bars", bars)));
		model.addAttribute("pilots", pilots.all());
		model.addAttribute("recommendations", recommendations.list(null));
		return "funds/programmes";
	}

	@PostMapping("/funds/programmes")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String level,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) BigDecimal budget,
			@RequestParam(required = false) BigDecimal capShare, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "funds.created",
				() -> programmes.create(new Programmes.Command(name, level, year, budget, capShare, null, null)));
		return "redirect:/funds";
	}

	@PostMapping("/funds/programmes/{id}/budgets")
	String budget(@PathVariable long id, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) BigDecimal budget, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "funds.budgetSet",
				() -> programmes.budget(id, year == null ? 0 : year, new Programmes.Budget(budget)));
		return "redirect:/funds";
	}

	@PostMapping("/funds/pilots")
	String designate(@RequestParam(required = false) String creditCode, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String documentNumber, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "funds.pilotDesignated", () -> pilots.designate(creditCode == null ? ""
				: creditCode.strip(), new Pilots.Command(date, documentNumber)));
		return "redirect:/funds";
	}

	/** R19's discharge fee statement of a park and year (the park's offices and CITY). */
	@GetMapping("/parks/{code}/discharge-fees")
	String fees(@PathVariable String code, @RequestParam(required = false) Integer year, Model model,
			java.util.Locale locale) {
		int y = year == null ? when.today().getYear() - 1 : year;
		model.addAttribute("statement", fees.of(code, y, "en".equals(locale.getLanguage())));
		model.addAttribute("year", y);
		model.addAttribute("parkName", parkNames.park(code));
		return "funds/fees";
	}

	@GetMapping("/funds/applications")
	String list(Model model) {
		model.addAttribute("applications", applications.list(null));
		model.addAttribute("programmes", programmes.all());
		Map<String, List<KeyProjects.Project>> listed = new LinkedHashMap<>();
		for (String park : callers.get().scopes(Role.PARK)) {
			projects.inForce(park, when.today()).ifPresent(p -> listed.put(park, p.projects()));
		}
		model.addAttribute("listed", listed);
		model.addAttribute("today", when.today());
		return "funds/applications";
	}

	@GetMapping("/funds/applications/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> export(java.util.Locale locale) {
		return org.parkloop.platform.Workbooks.download("subsidies.xlsx",
				workbook.write(applications.list(null), programmes.all(), locale));
	}

	@PostMapping("/funds/applications")
	String apply(@RequestParam(required = false) Long programmeId, @RequestParam(required = false) String parkCode,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) LocalDate date, RedirectAttributes redirect) {
		FundApplication a = PageAction.run(redirect, messages, "funds.applied", () -> applications.apply(
				new Applications.Command(programmeId, parkCode, projectId, null, amount, date)));
		return a == null ? "redirect:/funds/applications" : "redirect:/funds/applications/" + a.id();
	}

	@GetMapping("/funds/applications/{id}")
	String application(@PathVariable long id, Model model) {
		FundApplication a = applications.get(id);
		model.addAttribute("a", a);
		model.addAttribute("programme", programmes.get(a.programmeId()));
		model.addAttribute("points", applications.eligibility(id));
		model.addAttribute("milestones", projects.project(a.parkCode(), a.projectId(), a.appliedOn())
			.map(KeyProjects.Project::milestones).orElse(List.of()));
		model.addAttribute("city", callers.get().has(Role.CITY));
		model.addAttribute("today", when.today());
		return "funds/application";
	}

	/** CITY's decision: an amount per milestone (the instalments; empty ones left out), or a rejection with reasons. */
	@PostMapping("/funds/applications/{id}/decide")
	String decide(@PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String comment,
			@RequestParam(required = false) LocalDate date, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		List<Payments.Instalment> instalments = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<String, String> e : form.entrySet()) {
			if (e.getKey().startsWith("instalment-") && !e.getValue().isBlank()) {
				BigDecimal amount = org.parkloop.platform.Forms.decimal(e.getValue());
				instalments.add(new Payments.Instalment(amount, Long.valueOf(e.getKey().substring("instalment-".length()))));
				total = amount == null ? total : total.add(amount);
			}
		}
		BigDecimal granted = instalments.isEmpty() ? null : total;
		PageAction.run(redirect, messages, "funds.decidedDone", () -> payments.decide(id, new Payments.Decision(outcome,
				granted, year, instalments, comment, date)));
		return "redirect:/funds/applications/" + id;
	}

	@PostMapping("/funds/applications/{id}/disbursements")
	String pay(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) Long milestone, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String reference, RedirectAttributes redirect) {
		PageAction.run(redirect, messages, "funds.paid",
				() -> payments.disburse(id, new Payments.Disbursement(amount, milestone, date, reference)));
		return "redirect:/funds/applications/" + id;
	}

	@GetMapping("/funds/ledger")
	String ledger(@RequestParam(required = false) Long programme, @RequestParam(required = false) Integer year,
			Model model) {
		if (!callers.get().has(Role.CITY)) {
			throw new org.parkloop.shared.Forbidden("access.cityOnly");
		}
		if (programme == null || year == null) {
			return "redirect:/funds"; // the ledgers are reached from the programmes' table
		}
		Programmes.LedgerView view = programmes.ledger(programme, year);
		model.addAttribute("ledger", view);
		model.addAttribute("programme", programmes.get(programme));
		return "funds/ledger";
	}
}
