package org.parkloop.identity.registration;

import java.util.List;
import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.FieldProblem;
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
		return form(model, Map.of(), List.of());
	}

	private String form(Model model, Map<String, String> values, List<FieldProblem> problems) {
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
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
			Map<String, String> kept = new java.util.HashMap<>(form);
			kept.remove("password");
			return form(model, kept, e.problems());
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
