package org.parkloop.identity.account;

import java.util.List;

import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class UserPages {

	private final UserAdministration users;
	private final ParkCatalog parks;
	private final Messages messages;

	UserPages(UserAdministration users, ParkCatalog parks, Messages messages) {
		this.users = users;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/users")
	String list(Model model) {
		model.addAttribute("users", users.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("parks", parks.all());
		return "users";
	}

	/** One role a form row: the role and, for a scoped role, its scope. */
	@PostMapping("/users")
	String create(@RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam String password, @RequestParam String role, @RequestParam(required = false) String scope,
			RedirectAttributes redirect) {
		String grant = scope == null || scope.isBlank() ? role : role + ":" + scope.trim();
		try {
			users.create(new UserAdministration.NewUser(username, displayName, password, List.of(grant)));
			redirect.addFlashAttribute("message", messages.get("users.created", username));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/users";
	}

	@PostMapping("/users/{username}/{action:disable|enable}")
	String setEnabled(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
		try {
			users.setEnabled(username, action.equals("enable"));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/users";
	}

}
