package org.parkloop.registry.enterprise;

import java.util.Locale;
import java.util.Optional;

/** Enterprise size by the statistical classification of large, medium, small and micro enterprises (大中小微型). */
public enum EnterpriseSize {
	LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型");

	private final String zh;

	EnterpriseSize(String zh) {
		this.zh = zh;
	}

	static Optional<EnterpriseSize> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim();
		for (EnterpriseSize s : values()) {
			if (s.name().equals(t.toUpperCase(Locale.ROOT)) || s.zh.equals(t) || (s.zh + "企业").equals(t)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
