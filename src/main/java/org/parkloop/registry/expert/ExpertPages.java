package org.parkloop.registry.expert;

import java.util.Map;

import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Versions;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The experts' profiles in the browser (R15), kept by CITY: who each EXPERT user works for (an organisation's credit
 * code or a park) and the speciality, which the review of a plan checks for conflicts.
 */
@Controller
class ExpertPages {

	private final ExpertProfiles profiles;
	private final ParkAccess access;
	private final ParkCatalog parks;
	private final Messages messages;

	ExpertPages(ExpertProfiles profiles, ParkAccess access, ParkCatalog parks, Messages messages) {
		this.profiles = profiles;
		this.access = access;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/experts")
	String list(@RequestParam(required = false) String username, Model model) {
		access.checkCity();
		model.addAttribute("profiles", profiles.all());
		model.addAttribute("parks", parks.all());
		if (!model.containsAttribute("formFor")) {
			model.addAttribute("form", username == null ? FormView.empty() : profiles.find(username)
				.map(p -> FormView.of(map(p))).orElse(FormView.of(Map.of("username", username))));
		}
		return "experts/list";
	}

	@PostMapping("/experts")
	String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		access.checkCity();
		String username = form.getOrDefault("username", "").strip();
		String next = FormView.save(redirect, "expert", form, messages, "/experts?username=" + username, () -> {
			try {
				profiles.put(username, new ExpertProfiles.Command(form.get("affiliationCreditCode"),
						form.get("affiliationParkCode"), form.get("speciality"), null), Versions.ofForm(form));
			}
			catch (org.parkloop.shared.NotFound e) {
				// a user name that is no expert's is a mistake in the form, said beside its field
				throw new org.parkloop.shared.InvalidInput(java.util.List.of(
						new org.parkloop.shared.FieldProblem("username", "expert.notFound", username)));
			}
			redirect.addFlashAttribute("message", messages.get("expert.saved", username));
			return "redirect:/experts";
		});
		return next != null ? next : "redirect:/experts" + (username.isEmpty() ? "" : "?username=" + username);
	}

	private static Map<String, Object> map(ExpertProfiles.Profile p) {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("username", p.username());
		v.put("affiliationCreditCode", p.affiliationCreditCode());
		v.put("affiliationParkCode", p.affiliationParkCode());
		v.put("speciality", p.speciality());
		v.put("version", p.version());
		return v;
	}
}
