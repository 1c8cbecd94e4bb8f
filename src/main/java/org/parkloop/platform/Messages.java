package org.parkloop.platform;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

/** Resolves message keys in the caller's language (Chinese unless the caller chose English). */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return get(LocaleContextHolder.getLocale(), key, args);
	}

	/** Enum arguments are shown by their label ({@code enum.TransformationStatus.IMPLEMENTING}). */
	public String get(Locale locale, String key, Object... args) {
		Object[] shown = args == null ? null : args.clone();
		if (shown != null) {
			for (int i = 0; i < shown.length; i++) {
				if (shown[i] instanceof Enum<?> e) {
					shown[i] = label(locale, e);
				}
			}
		}
		return source.getMessage(key, shown, key, locale);
	}

	/**
	 * An enum's label: {@code enum.<Type>.<NAME>}, or for a type nested in a record or class
	 * {@code enum.<OuterType><Type>.<NAME>} ({@code enum.PlanStatus.APPROVED}); its name when it has none.
	 */
	public String label(Locale locale, Enum<?> e) {
		Class<?> type = e.getDeclaringClass();
		String simple = source.getMessage("enum." + type.getSimpleName() + "." + e.name(), null, null, locale);
		if (simple != null || type.getEnclosingClass() == null) {
			return simple != null ? simple : e.name();
		}
		return source.getMessage("enum." + type.getEnclosingClass().getSimpleName() + type.getSimpleName() + "." + e.name(),
				null, e.name(), locale);
	}

	/** 是/否, Yes/No: how a sheet or page says a flag. */
	public String yesNo(Locale locale, boolean value) {
		return get(locale, value ? "common.yes" : "common.no");
	}

	public String of(RuleViolation violation) {
		return get(violation.messageKey(), violation.args());
	}

	/** Every problem of a refused input, in one line. */
	public String of(org.parkloop.shared.InvalidInput invalid) {
		return String.join("；", invalid.problems().stream().map(this::of).toList());
	}

	/** "名称：不能为空" for a field's problem. */
	public String of(FieldProblem problem) {
		return get("field.problem", fieldLabel(problem.field()), get(problem.messageKey(), problem.args()));
	}

	/** "第 3 行，等级：…" / "Row 3, level: …" */
	public String of(RowError error) {
		String column = fieldLabel(error.column());
		return get("import.rowError", error.row(), column, get(error.messageKey(), error.args()));
	}

	/** "名称：不能为空" / "Name: must not be blank" for a bean-validation error on a form field. */
	public String of(FieldError error) {
		return get("field.problem", fieldLabel(error.getField()), source.getMessage(error, LocaleContextHolder.getLocale()));
	}

	/**
	 * "比例（%）"; for an element of a list ("goals[1].percent") "第2个目标的比例（%）", for the list's element itself
	 * ("grants[0]") "第1个角色"; a nested field ("document.flows") by its last name.
	 */
	public String fieldLabel(String field) {
		Matcher m = INDEXED.matcher(field);
		if (m.matches()) {
			return get("field.indexed", fieldLabel(m.group(1)), Integer.parseInt(m.group(2)) + 1, fieldLabel(m.group(3)));
		}
		m = ELEMENT.matcher(field);
		if (m.matches()) {
			return get("field.element", fieldLabel(m.group(1)), Integer.parseInt(m.group(2)) + 1);
		}
		int dot = field.lastIndexOf('.');
		return get("field." + (dot < 0 ? field : field.substring(dot + 1)));
	}

	private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]\\.(.+)");

	private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)]");

	/** The title of an HTTP status ("未找到"), or the generic one for a status without its own. */
	public String statusTitle(int status) {
		return source.getMessage("problem." + status, null, null, LocaleContextHolder.getLocale()) != null
				? get("problem." + status) : get("problem.other");
	}

	/** What a status means for the user, for errors that carry no reason of their own. */
	public String statusDetail(int status) {
		String own = source.getMessage("problem.detail." + status, null, null, LocaleContextHolder.getLocale());
		return own != null ? own : get("error.generic");
	}

	public static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}
}
