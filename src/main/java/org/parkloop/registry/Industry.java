package org.parkloop.registry;

import java.util.Locale;

/** A two-digit division (大类) of GB/T 4754-2017 国民经济行业分类. */
public record Industry(String code, String section, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
