package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Unit;

/** The form of a year's values: an input and a unit picker per item of the level; blank inputs are not reported. */
final class ValuesForm {

	private ValuesForm() {
	}

	/** The values typed in a form: inputs {@code v.<item>} and {@code u.<item>}; empty ones are left out. */
	static List<SubmissionInput.ValueInput> values(Map<String, String> form) {
		List<SubmissionInput.ValueInput> list = new ArrayList<>();
		form.forEach((k, v) -> {
			if (k.startsWith("v.") && v != null && !v.isBlank()) {
				BigDecimal value;
				try {
					value = new BigDecimal(v.strip().replace(",", ""));
				}
				catch (NumberFormatException e) {
					throw new InvalidInput(List.of(new org.parkloop.shared.FieldProblem("value", "validation.number", v)));
				}
				String base = form.get("b." + k.substring(2));
				Integer priceBase;
				try {
					priceBase = base == null || base.isBlank() ? null : Integer.valueOf(base.strip());
				}
				catch (NumberFormatException e) {
					throw new InvalidInput(List.of(new org.parkloop.shared.FieldProblem("priceBaseYear", "validation.number", base)));
				}
				list.add(new SubmissionInput.ValueInput(k.substring(2), value, form.get("u." + k.substring(2)), priceBase));
			}
		});
		return list;
	}

	static List<IndicatorCatalogue.Item> items(SubmissionInput input, boolean parkLevel) {
		return input.items().values().stream().filter(i -> i.level().equals(parkLevel ? "PARK" : "ENTERPRISE"))
			.sorted(java.util.Comparator.comparing(IndicatorCatalogue.Item::code)).toList();
	}

	static Map<String, String> itemNames(SubmissionInput input, Locale locale) {
		Map<String, String> m = new LinkedHashMap<>();
		input.items().values().forEach(i -> m.put(i.code(), "en".equals(locale.getLanguage()) ? i.nameEn() : i.nameZh()));
		return m;
	}

	/** The unit codes by dimension, for the unit pickers. */
	static Map<String, List<String>> units() {
		Map<String, List<String>> m = new LinkedHashMap<>();
		Unit.all().forEach(u -> m.computeIfAbsent(u.dimension().name(), k -> new ArrayList<>()).add(u.code()));
		return m;
	}
}
