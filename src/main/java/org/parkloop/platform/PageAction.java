package org.parkloop.platform;

import java.util.function.Supplier;

import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.RuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action taken from a page's button or small form, answered by a redirect: done, the page shows the success
 * message; refused, every reason ("errors" as a list, "error" the first); bad input, the problems naming their fields.
 * A caller without the right, or a record that does not exist, goes on to the page errors (403, 404).
 */
public final class PageAction {

	private PageAction() {
	}

	/** Runs the action; its result (a page to go on to), or null when it was refused. */
	public static <T> T run(RedirectAttributes redirect, Messages messages, String doneKey, Supplier<T> action) {
		try {
			T result = action.get();
			redirect.addFlashAttribute("message", messages.get(doneKey));
			return result;
		}
		catch (Forbidden | NotFound e) {
			throw e;
		}
		catch (Refused e) {
			var reasons = e.reasons().stream().map(r -> messages.get(r.messageKey(), r.args())).toList();
			redirect.addFlashAttribute("error", messages.get("page.refused"));
			redirect.addFlashAttribute("errors", reasons);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return null;
	}
}
