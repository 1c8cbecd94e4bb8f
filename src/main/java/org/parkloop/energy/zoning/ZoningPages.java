package org.parkloop.energy.zoning;

import java.time.LocalDate;

import org.parkloop.platform.Messages;
import org.parkloop.platform.PageAction;
import org.parkloop.platform.When;
import org.parkloop.registry.ParkAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R7 in the browser: a park's enterprises inside restricted zoning areas, their cases, and the forms to open and close one. */
@Controller
class ZoningPages {

	private final Relocations relocations;
	private final ParkAccess access;
	private final Messages messages;
	private final When when;

	ZoningPages(Relocations relocations, ParkAccess access, Messages messages, When when) {
		this.relocations = relocations;
		this.access = access;
		this.messages = messages;
		this.when = when;
	}

	@GetMapping("/parks/{code}/energy/zoning")
	String page(@PathVariable String code, Model model) {
		model.addAttribute("park", access.checkReadAsOffice(code));
		model.addAttribute("flags", relocations.flags(code, null));
		model.addAttribute("cases", relocations.list(code));
		model.addAttribute("actions", Relocation.Action.values());
		model.addAttribute("outcomes", java.util.List.of(Relocation.Outcome.RELOCATED, Relocation.Outcome.CONVERTED,
				Relocation.Outcome.CLOSED, Relocation.Outcome.EXEMPTED));
		model.addAttribute("today", when.today());
		return "energy/zoning";
	}

	@PostMapping("/parks/{code}/energy/relocations")
	String open(@PathVariable String code, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String action, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		String park = access.checkReadAsOffice(code).code();
		PageAction.run(redirect, messages, "relocation.opened",
				() -> relocations.open(new Relocations.OpenCommand(creditCode, action, date, note)));
		return "redirect:/parks/" + park + "/energy/zoning";
	}

	@PostMapping("/parks/{code}/energy/relocations/{id}/outcome")
	String outcome(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		String park = access.checkReadAsOffice(code).code();
		PageAction.run(redirect, messages, "relocation.decided",
				() -> relocations.decide(id, new Relocations.OutcomeCommand(outcome, date, note)));
		return "redirect:/parks/" + park + "/energy/zoning";
	}
}
