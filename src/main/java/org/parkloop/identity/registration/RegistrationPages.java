package org.parkloop.identity.registration;

import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationPages {

	private final Registrations registrations;
	private final ParkCatalog parks;
	private final EnterpriseRegistry enterprises;
	private final Messages messages;

	RegistrationPages(Registrations registrations, ParkCatalog parks, EnterpriseRegistry enterprises, Messages messages) {
		this.registrations = registrations;
		this.parks = parks;
		this.enterprises = enterprises;
		this.messages = messages;
	}

	@GetMapping("/register")
	String form(Model model) {
		return form(model, org.parkloop.platform.FormView.empty());
	}

	private String form(Model model, org.parkloop.platform.FormView form) {
		model.addAttribute("form", form);
		model.addAttribute("parks", parks.all().stream().filter(p -> p.mergedInto() == null).toList());
		model.addAttribute("industries", enterprises.industries());
		return "register";
	}

	@PostMapping("/register")
	String submit(@RequestParam Map<String, String> form, Model model) {
		try {
			var r = registrations.submit(new Registrations.Application(form.get("creditCode"), form.get("name"),
					form.get("parkCode"), form.get("industryCode"), form.get("size"), form.get("contactName"),
					form.get("contactPhone"), form.get("username"), form.get("password")));
			model.addAttribute("submitted", r);
			return "register";
		}
		catch (InvalidInput e) {
			return form(model, org.parkloop.platform.FormView.refused(form, e.problems(), messages));
		}
		catch (org.parkloop.shared.Refused e) {
			return form(model, org.parkloop.platform.FormView.refused(form, e, messages));
		}
	}

	@GetMapping("/registrations")
	String pending(Model model) {
		model.addAttribute("registrations", registrations.pending());
		return "registrations";
	}

	@PostMapping("/registrations/{id}/{decision:approve|reject}")
	String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			var r = decision.equals("approve") ? registrations.approve(id, note) : registrations.reject(id, note);
			redirect.addFlashAttribute("message", messages.get("registration." + r.status().toLowerCase(), r.name()));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (RuleViolation e) {
			if (e instanceof org.parkloop.shared.Forbidden || e instanceof org.parkloop.shared.NotFound) {
				throw e;
			}
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/registrations";
	}
}
