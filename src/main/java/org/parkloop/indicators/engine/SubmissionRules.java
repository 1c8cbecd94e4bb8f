package org.parkloop.indicators.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks of an enterprise's data for a year, on values in their items' canonical units. Hard findings refuse
 * the submission; soft ones ask for confirmation ({@code "confirm": true}) and are kept with it.
 *
 * <ul>
 * <li>hard: a negative amount; general solid waste utilised above generated plus utilised from storage (HJ 274's
 * denominator); reused water without any fresh water.</li>
 * <li>soft: a change from the last accepted year beyond the factor (×3 or ÷3 by default); hazardous waste utilised
 * and disposed above generated, household waste utilised above collected (a rate above 100 %); utilisation below
 * what the enterprise itself delivered for utilisation through the exchange that year (deliveries are a plausibility
 * check, never added to what is reported: that would count them twice).</li>
 * </ul>
 */
public final class SubmissionRules {

	public static final BigDecimal DEFAULT_FACTOR = new BigDecimal("3");

	private SubmissionRules() {
	}

	/** What a check found: {@code soft} findings can be confirmed, hard ones cannot. */
	public record Finding(boolean soft, String item, String messageKey, List<Object> args) {

		public Finding {
			args = List.copyOf(args);
		}

		static Finding hard(String item, String key, Object... args) {
			return new Finding(false, item, key, List.of(args));
		}

		static Finding soft(String item, String key, Object... args) {
			return new Finding(true, item, key, List.of(args));
		}
	}

	/**
	 * @param values this year's values by item code
	 * @param lastAccepted the last accepted year's values (empty for a first submission)
	 * @param delivered general and hazardous waste the enterprise delivered through completed deals this year, in t
	 *     (items {@code solid_waste_utilised} and {@code hazardous_utilised}), empty when none
	 */
	public static List<Finding> check(Map<String, BigDecimal> values, Map<String, BigDecimal> lastAccepted,
			Map<String, BigDecimal> delivered, BigDecimal factor) {
		List<Finding> found = new ArrayList<>();
		values.forEach((item, v) -> {
			if (v.signum() < 0) {
				found.add(Finding.hard(item, "submission.negative", v.toPlainString()));
			}
		});
		BigDecimal utilised = value(values, "solid_waste_utilised");
		BigDecimal available = value(values, "solid_waste_generated").add(value(values, "solid_waste_utilised_stored"));
		if (utilised.compareTo(available) > 0) {
			found.add(Finding.hard("solid_waste_utilised", "submission.utilisedAboveGenerated", utilised.toPlainString(),
					available.toPlainString()));
		}
		if (value(values, "reused_water").signum() > 0 && value(values, "fresh_water").signum() == 0) {
			found.add(Finding.hard("reused_water", "submission.reusedWithoutFresh"));
		}
		for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
			BigDecimal before = lastAccepted.get(e.getKey());
			BigDecimal now = e.getValue();
			if (before != null && before.signum() > 0 && now.signum() >= 0
					&& (now.compareTo(before.multiply(factor)) > 0 || now.multiply(factor).compareTo(before) < 0)) {
				found.add(Finding.soft(e.getKey(), "submission.bigChange", before.toPlainString(), now.toPlainString(),
						factor.toPlainString()));
			}
		}
		aboveHundred(values, found, "hazardous_utilised", List.of("hazardous_utilised", "hazardous_disposed"),
				"hazardous_generated");
		aboveHundred(values, found, "household_waste_utilised", List.of("household_waste_utilised"),
				"household_waste_collected");
		delivered.forEach((item, tonnes) -> {
			if (values.containsKey(item) && value(values, item).compareTo(tonnes) < 0) {
				found.add(Finding.soft(item, "submission.belowDelivered", value(values, item).toPlainString(),
						tonnes.toPlainString()));
			}
		});
		return found;
	}

	/** A rate above 100 %: the parts add up to more than the whole (soft: stocks of earlier years can explain it). */
	private static void aboveHundred(Map<String, BigDecimal> values, List<Finding> found, String item, List<String> parts,
			String whole) {
		if (!values.containsKey(whole) || parts.stream().noneMatch(values::containsKey)) {
			return;
		}
		BigDecimal sum = parts.stream().map(p -> value(values, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(values.get(whole)) > 0) {
			found.add(Finding.soft(item, "submission.rateAboveHundred", sum.toPlainString(), values.get(whole).toPlainString()));
		}
	}

	private static BigDecimal value(Map<String, BigDecimal> values, String item) {
		return values.getOrDefault(item, BigDecimal.ZERO);
	}
}
