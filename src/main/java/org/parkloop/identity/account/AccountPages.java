package org.parkloop.identity.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Messages;
import org.parkloop.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: roles, password, API tokens. */
@Controller
class AccountPages {

	private final CurrentCaller callers;
	private final UserAdministration users;
	private final ApiTokens tokens;
	private final Messages messages;
	private final Clock clock;

	private final UserAccounts accounts;

	AccountPages(CurrentCaller callers, UserAdministration users, ApiTokens tokens, Messages messages, Clock clock, UserAccounts accounts) {
		this.accounts = accounts;
		this.callers = callers;
		this.users = users;
		this.tokens = tokens;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/account")
	String account(Model model) {
		var c = callers.get();
		model.addAttribute("me", c);
		model.addAttribute("tokens", tokens.of(c.username()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("defaultExpiry", LocalDate.now(clock).plusDays(90));
		model.addAttribute("mustChange", accounts.mustChangePassword(c.username()));
		return "account";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			users.changePassword(currentPassword, newPassword);
			refreshSession(request, response);
			redirect.addFlashAttribute("message", messages.get("account.passwordChanged"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "password",
					FormView.refused(Map.of(), e.problems(), messages));
		}
		return "redirect:/account";
	}

	/** The session's user read again, so that a password that had to be changed no longer holds the user back. */
	private void refreshSession(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		var current = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		accounts.load(callers.get().username()).ifPresent(user -> {
			user.eraseCredentials();
			var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
			context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(user, null, user.getAuthorities()));
			if (current != null) {
				((org.springframework.security.authentication.AbstractAuthenticationToken) context.getAuthentication())
					.setDetails(current.getDetails());
			}
			org.springframework.security.core.context.SecurityContextHolder.setContext(context);
			new org.springframework.security.web.context.HttpSessionSecurityContextRepository().saveContext(context, request,
					response);
		});
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expires,
			RedirectAttributes redirect) {
		try {
			ApiTokens.Created created = tokens.create(callers.get().username(), name, expires);
			redirect.addFlashAttribute("newToken", created.secret());
		}
		catch (InvalidInput e) {
			Map<String, String> form = new HashMap<>();
			form.put("name", name);
			form.put("expires", expires == null ? null : expires.toString());
			FormView.flash(redirect, "token", FormView.refused(form, e.problems(), messages));
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(callers.get().username(), id);
		redirect.addFlashAttribute("message", messages.get("account.tokenRevoked"));
		return "redirect:/account";
	}
}
