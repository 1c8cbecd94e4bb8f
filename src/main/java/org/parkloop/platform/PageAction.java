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
 * Refused or bad, what was typed comes back with the page ("typed": the form's fields by name, first value each), so
 * that its form shows it again rather than empty ({@code th:value="${typed?.get('name')}"}).
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
			keepTyped(redirect);
			var reasons = e.reasons().stream().map(r -> messages.get(r.messageKey(), r.args())).toList();
			redirect.addFlashAttribute("error", messages.get("page.refused"));
			redirect.addFlashAttribute("errors", reasons);
		}
		catch (InvalidInput e) {
			keepTyped(redirect);
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (RuleViolation e) {
			keepTyped(redirect);
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return null;
	}

	/**
	 * The current request's form fields (not the CSRF token) and the address it was posted to, as JSON for the page:
	 * {@code parkloop.js} puts them back into the form posted to that address.
	 */
	private static void keepTyped(RedirectAttributes redirect) {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes a) {
			java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
			a.getRequest().getParameterMap().forEach((name, values) -> {
				if (!"_csrf".equals(name) && values.length > 0) {
					fields.put(name, values[0]);
				}
			});
			redirect.addFlashAttribute("typed",
					ScriptJson.of(java.util.Map.of("action", a.getRequest().getRequestURI(), "fields", fields)));
		}
	}
}
