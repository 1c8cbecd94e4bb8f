package org.parkloop.registry.enterprise;

import java.util.Map;

import org.parkloop.platform.Messages;
import org.parkloop.platform.Versions;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of stored credit codes that fail today's checks, each with a form to correct it. */
@Controller
class CreditCodePages {

	/** A row of the list (public, for the template). */
	public record Row(String creditCode, String name, String parkCode, String problem, long version, boolean canCorrect) {
	}

	private final CreditCodeCorrections corrections;
	private final EnterpriseScope scope;
	private final Messages messages;

	CreditCodePages(CreditCodeCorrections corrections, EnterpriseScope scope, Messages messages) {
		this.corrections = corrections;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/enterprises/credit-code-problems")
	String list(Model model) {
		model.addAttribute("wrong", corrections.wrong().stream()
			.map(w -> new Row(w.enterprise().creditCode(), w.enterprise().name(), w.enterprise().parkCode(),
					messages.get(w.problem().messageKey(), w.enterprise().creditCode()), w.enterprise().version(),
					scope.canManageIn(w.enterprise().parkCode())))
			.toList());
		return "enterprises/credit-codes";
	}

	@PostMapping("/enterprises/{creditCode}/credit-code")
	String correct(@PathVariable String creditCode, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			Enterprise corrected = corrections.correct(creditCode, form.get("creditCode"), Versions.ofForm(form));
			redirect.addFlashAttribute("message",
					messages.get("creditCodes.corrected", creditCode, corrected.creditCode()));
			return "redirect:/enterprises/" + corrected.creditCode();
		}
		catch (InvalidInput e) {
			model.addAttribute("error", messages.of(e));
		}
		catch (StaleVersion e) {
			model.addAttribute("error", messages.get("form.stale"));
		}
		model.addAttribute("failed", creditCode);
		model.addAttribute("input", form.get("creditCode"));
		return list(model);
	}
}
