package org.parkloop.exchange.catalogue;

import java.util.Locale;

/**
 * A material of the exchange's catalogue: a general industrial solid waste (固体废物分类与代码目录), a hazardous waste
 * (国家危险废物名录: an HW category or an eight-digit code), a by-product, waste heat or reclaimed water.
 *
 * @param category SW06, HW08 (the category an eight-digit code or a platform code belongs to)
 * @param unit t, GJ, m3, Nm3
 * @param typicalDisposalCost yuan per unit that disposing of it otherwise costs (what an offer proposes by default)
 * @param selectable false for withdrawn categories, kept to read old records
 */
public record Material(String code, Kind kind, String category, String nameZh, String nameEn, String unit,
		double typicalDisposalCost, boolean selectable, String source) {

	public enum Kind {
		GENERAL, HAZARDOUS, BYPRODUCT, ENERGY, WATER
	}

	public boolean hazardous() {
		return kind == Kind.HAZARDOUS;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	/** "SW06 脱硫石膏" */
	public String label(Locale locale) {
		return code + " " + name(locale);
	}
}
