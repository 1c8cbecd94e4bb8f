package org.parkloop.platform;

import java.util.Locale;

/**
 * A column of an imported or exported table. A header matches it by its key or either label, so a sheet exported
 * in either language imports again.
 */
public record Column(String key, String zh, String en, boolean required, String... aliases) {

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}

	public boolean matches(String header) {
		String h = header.trim();
		return h.equalsIgnoreCase(key) || h.equals(zh) || h.equalsIgnoreCase(en)
				|| java.util.Arrays.stream(aliases).anyMatch(h::equalsIgnoreCase);
	}
}
