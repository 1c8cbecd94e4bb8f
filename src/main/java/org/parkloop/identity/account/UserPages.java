package org.parkloop.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts for administrators: the list, a new account, and one account's roles, password and state. */
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
		return list(model, FormView.of(Map.of("role", Role.EXPERT)));
	}

	private String list(Model model, FormView form) {
		model.addAttribute("users", users.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("parks", parks.all());
		model.addAttribute("form", form);
		return "users";
	}

	/** One role a form row: the role and, for a scoped role, its scope. */
	@PostMapping("/users")
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		String role = form.getOrDefault("role", "");
		String scope = form.get("scope");
		String grant = scope == null || scope.isBlank() ? role : role + ":" + scope.trim();
		try {
			users.create(new UserAdministration.NewUser(form.get("username"), form.get("displayName"), form.get("password"),
					List.of(grant)));
			redirect.addFlashAttribute("message", messages.get("users.created", form.get("username")));
			return "redirect:/users/" + form.get("username").trim();
		}
		catch (InvalidInput e) {
			return list(model, FormView.refused(form, e.problems(), messages));
		}
	}

	@GetMapping("/users/{username}")
	String user(@PathVariable String username, Model model) {
		UserAccounts.Account account = users.all().stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseThrow(() -> new NotFound("user.notFound", username));
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("parks", parks.all());
		return "user";
	}

	/** The grants kept (ticked) and one added (role and scope). */
	@PostMapping("/users/{username}/grants")
	String changeGrants(@PathVariable String username, @RequestParam(name = "keep", required = false) List<String> keep,
			@RequestParam(required = false) String role, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		List<String> grants = new ArrayList<>(keep == null ? List.of() : keep);
		if (role != null && !role.isBlank()) {
			grants.add(scope == null || scope.isBlank() ? role : role + ":" + scope.trim());
		}
		try {
			users.changeGrants(username, new UserAdministration.GrantsChange(grants, version),
					org.parkloop.shared.ExpectedVersion.body(version));
			redirect.addFlashAttribute("message", messages.get("users.grantsChanged"));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (org.parkloop.shared.StaleVersion e) {
			redirect.addFlashAttribute("error", messages.get("users.grantsStale"));
		}
		return "redirect:/users/" + username;
	}

	@PostMapping("/users/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
			RedirectAttributes redirect) {
		try {
			users.resetPassword(username, new UserAdministration.PasswordReset(password));
			redirect.addFlashAttribute("message", messages.get("users.passwordReset", username));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/users/" + username;
	}

	@PostMapping("/users/{username}/{action:disable|enable}")
	String setEnabled(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
		try {
			users.setEnabled(username, action.equals("enable"));
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return "redirect:/users/" + username;
	}
}
