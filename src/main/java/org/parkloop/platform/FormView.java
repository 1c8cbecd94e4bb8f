package org.parkloop.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parkloop.shared.FieldProblem;

/**
 * A form as its page shows it: every value as the user typed or selected it, and each problem beside its field,
 * naming the field ("标题：不能为空"). A refused form is shown again from what was submitted, never from defaults, so
 * nothing the user entered is lost (docs/conventions.md). Templates read {@code ${form.value('title')}},
 * {@code ${form.selected('period', p)}} and {@code ${form.error('title')}}.
 *
 * @param values the submitted (or stored) values by input name
 * @param errors each field's message, by the field a problem names
 * @param reload where the latest version of the record is, when someone else changed it meanwhile; else null
 */
public record FormView(Map<String, String> values, Map<String, String> errors, String reload)
		implements java.io.Serializable {

	public FormView(Map<String, String> values, Map<String, String> errors) {
		this(values, errors, null);
	}

	/**
	 * Someone else saved the record after this form was opened: nothing was saved; the form shows what the user
	 * entered, says so, and links to the latest version (docs/conventions.md). It now carries the latest version,
	 * so saving it again, after comparing, replaces that one deliberately.
	 */
	public static FormView stale(Map<String, String> submitted, org.parkloop.shared.StaleVersion e, Messages messages,
			String reload) {
		Map<String, String> values = new LinkedHashMap<>(withoutSecrets(submitted));
		values.put("version", Long.toString(e.currentVersion()));
		return new FormView(Map.copyOf(values), Map.of("version", messages.get("form.stale")), reload);
	}

	public static FormView empty() {
		return new FormView(Map.of(), Map.of());
	}

	/** A new or stored record's values, for the first showing of a form. */
	public static FormView of(Map<String, ?> values) {
		Map<String, String> text = new LinkedHashMap<>();
		values.forEach((k, v) -> {
			if (v != null) {
				text.put(k, v instanceof Collection<?> c ? String.join(",", c.stream().map(String::valueOf).toList())
						: v instanceof Enum<?> e ? e.name() : v.toString());
			}
		});
		return new FormView(text, Map.of());
	}

	/** A submitted form refused for these problems. */
	public static FormView refused(Map<String, String> submitted, List<FieldProblem> problems, Messages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem p : problems) {
			String message = messages.of(p);
			errors.merge(p.field(), message, (a, b) -> a + "；" + b);
			String top = p.field().split("[.\\[]", 2)[0];
			if (!top.equals(p.field())) {
				errors.putIfAbsent(top, message);
			}
		}
		return new FormView(Map.copyOf(withoutSecrets(submitted)), new LinkedHashMap<>(errors));
	}

	/** A submitted form refused by a rule: beside its field if it names one, else above the form. */
	public static FormView refused(Map<String, String> submitted, org.parkloop.shared.RuleViolation e, Messages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		String message = messages.of(e);
		errors.put(e.field() == null ? "" : e.field(), e.field() == null ? message
				: messages.get("field.problem", messages.fieldLabel(e.field()), message));
		return new FormView(Map.copyOf(withoutSecrets(submitted)), new LinkedHashMap<>(errors));
	}

	/**
	 * For a page with several forms that redirects after a post: the refused form travels to the page shown next,
	 * which finds it as {@code form}, and {@code formFor} names which of its forms it is.
	 */
	public static void flash(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String formFor,
			FormView form) {
		redirect.addFlashAttribute("form", form);
		redirect.addFlashAttribute("formFor", formFor);
	}

	/**
	 * Saves a submitted form: the page to go to next when saved; when refused (bad input, a rule, someone else's
	 * change meanwhile) the form travels back to its page with the problems beside its fields, and the answer is
	 * null. A caller without the right, or a record that does not exist, goes on to the page errors.
	 */
	public static String save(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String formFor,
			Map<String, String> submitted, Messages messages, String reload, java.util.function.Supplier<String> save) {
		try {
			return save.get();
		}
		catch (org.parkloop.shared.InvalidInput e) {
			flash(redirect, formFor, refused(submitted, e.problems(), messages));
		}
		catch (org.parkloop.shared.StaleVersion e) {
			flash(redirect, formFor, stale(submitted, e, messages, reload));
		}
		catch (org.parkloop.shared.Forbidden | org.parkloop.shared.NotFound e) {
			throw e;
		}
		catch (org.parkloop.shared.RuleViolation e) {
			flash(redirect, formFor, refused(submitted, e, messages));
		}
		return null;
	}

	/** This form's values and problems when it is the one named, else an empty form (for pages with several). */
	public FormView of(String formFor, String name) {
		return name.equals(formFor) ? this : empty();
	}

	/** Passwords are never sent back into a page. */
	private static Map<String, String> withoutSecrets(Map<String, String> submitted) {
		Map<String, String> kept = new LinkedHashMap<>();
		submitted.forEach((k, v) -> {
			if (v != null && !k.toLowerCase(java.util.Locale.ROOT).contains("password") && !k.startsWith("_csrf")) {
				kept.put(k, v);
			}
		});
		return kept;
	}

	/** The value to show in an input ("" for none). */
	public String value(String name) {
		String v = values.get(name);
		return v == null ? "" : v;
	}

	/** Whether the option is the one selected (an enum's name, a code). */
	public boolean selected(String name, Object option) {
		return option != null && Objects.equals(values.get(name), option instanceof Enum<?> e ? e.name() : option.toString());
	}

	/** Whether the value is the selected one, or, when nothing was chosen, the default. */
	public boolean selectedOr(String name, Object option, Object fallback) {
		return values.containsKey(name) ? selected(name, option) : Objects.equals(option, fallback);
	}

	public boolean checked(String name) {
		String v = values.get(name);
		return v != null && (v.equals("true") || v.equals("on") || v.equals("是"));
	}

	/** The field's problem, or null. */
	public String error(String name) {
		return errors.get(name);
	}

	/** "invalid" for a field with a problem, for its label's class. */
	public String invalid(String name) {
		return errors.containsKey(name) ? "invalid" : "";
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** Every problem, in order, for the summary above the form. */
	public Collection<String> allErrors() {
		return errors.values().stream().distinct().toList();
	}
}
