package org.parkloop.energy.industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.platform.When;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * R8 in the browser: a park's structure by value added with the pillar and emerging shares (a chart), the
 * enterprises above an entry standard, and its backward capacity with the form to list more and mark them eliminated.
 */
@Controller
class IndustryPages {

	private final IndustryStructure structure;
	private final EntryStandards standards;
	private final BackwardCapacity backward;
	private final ParkAccess access;
	private final Messages messages;
	private final When when;
	private final JsonMapper json;

	IndustryPages(IndustryStructure structure, EntryStandards standards, BackwardCapacity backward, ParkAccess access,
			Messages messages, When when, JsonMapper json) {
		this.structure = structure;
		this.standards = standards;
		this.backward = backward;
		this.access = access;
		this.messages = messages;
		this.when = when;
		this.json = json;
	}

	@GetMapping("/parks/{code}/energy/industry")
	String page(@PathVariable String code, @RequestParam(required = false) Integer year, Model model, Locale locale) {
		ParkView park = access.checkReadAsOffice(code);
		int y = year == null ? when.today().getYear() - 1 : year;
		IndustryStructure.Result result = structure.of(code, y);
		boolean english = "en".equals(locale.getLanguage());
		model.addAttribute("park", park);
		model.addAttribute("year", y);
		model.addAttribute("structure", result);
		model.addAttribute("gaps", standards.gaps(code, y));
		model.addAttribute("backward", backward.list(code));
		model.addAttribute("today", when.today());
		model.addAttribute("chartData", org.parkloop.platform.ScriptJson.of(json, Map.of("categories", result.categories().stream()
			.filter(c -> c.valueAdded().signum() > 0)
			.map(c -> Map.of("name", english ? c.nameEn() : c.nameZh(), "kind", c.kind(), "value", c.valueAdded()))
			.toList(), "divisions", result.divisions().stream()
			.map(d -> Map.of("name", d.code() + " " + (english ? d.nameEn() : d.nameZh()), "value", d.valueAdded()))
			.toList())));
		return "energy/industry";
	}

	@PostMapping("/parks/{code}/energy/backward-capacity")
	String add(@PathVariable String code, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String description, @RequestParam(required = false) BigDecimal capacity,
			@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate deadline,
			@RequestParam(required = false) String source, RedirectAttributes redirect) {
		String park = access.checkReadAsOffice(code).code();
		PageAction.run(redirect, messages, "backward.added", () -> backward.create(
				new BackwardCapacity.Command(creditCode, description, capacity, unit, deadline, source)));
		return "redirect:/parks/" + park + "/energy/industry";
	}

	@PostMapping("/parks/{code}/energy/backward-capacity/{id}/eliminated")
	String eliminated(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) LocalDate date,
			RedirectAttributes redirect) {
		String park = access.checkReadAsOffice(code).code();
		PageAction.run(redirect, messages, "backward.done", () -> backward.eliminate(id,
				new BackwardCapacity.Elimination(date)));
		return "redirect:/parks/" + park + "/energy/industry";
	}
}
