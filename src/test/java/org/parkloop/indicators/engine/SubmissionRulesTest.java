package org.parkloop.indicators.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTest {

	private static Map<String, BigDecimal> values(Object... pairs) {
		Map<String, BigDecimal> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
		}
		return m;
	}

	private static List<String> keys(List<SubmissionRules.Finding> findings, boolean soft) {
		return findings.stream().filter(f -> f.soft() == soft).map(f -> f.item() + " " + f.messageKey()).toList();
	}

	private static List<SubmissionRules.Finding> check(Map<String, BigDecimal> v, Map<String, BigDecimal> last,
			Map<String, BigDecimal> delivered) {
		return SubmissionRules.check(v, last, delivered, SubmissionRules.DEFAULT_FACTOR);
	}

	@Test
	void plausibleDataPasses() {
		assertThat(check(values("solid_waste_generated", 1000, "solid_waste_utilised", 830, "solid_waste_utilised_stored", 50,
				"fresh_water", 20000, "reused_water", 80000), values("solid_waste_generated", 900), values("solid_waste_utilised", 300)))
			.isEmpty();
	}

	@Test
	void hardRulesRefuse() {
		var found = check(values("solid_waste_generated", 100, "solid_waste_utilised", 160, "solid_waste_utilised_stored", 50,
				"reused_water", 10, "cod", -1), Map.of(), Map.of());
		assertThat(keys(found, false)).containsExactlyInAnyOrder("cod submission.negative",
				"solid_waste_utilised submission.utilisedAboveGenerated", "reused_water submission.reusedWithoutFresh");
		// exactly generated + stored is allowed
		assertThat(check(values("solid_waste_generated", 100, "solid_waste_utilised", 150, "solid_waste_utilised_stored", 50),
				Map.of(), Map.of())).isEmpty();
	}

	@Test
	void softRulesAskForConfirmation() {
		var found = check(values("energy_consumption", 301, "value_added", 33, "fresh_water", 100, "hazardous_generated", 10,
				"hazardous_utilised", 6, "hazardous_disposed", 5, "solid_waste_generated", 500, "solid_waste_utilised", 200),
				values("energy_consumption", 100, "value_added", 100, "fresh_water", 300), values("solid_waste_utilised", 250));
		assertThat(keys(found, true)).containsExactlyInAnyOrder("energy_consumption submission.bigChange",
				"value_added submission.bigChange", "hazardous_utilised submission.rateAboveHundred",
				"solid_waste_utilised submission.belowDelivered");
		assertThat(keys(found, false)).isEmpty();
		// ×3 and ÷3 exactly are not flagged
		assertThat(check(values("energy_consumption", 300, "value_added", new BigDecimal("33.34")),
				values("energy_consumption", 100, "value_added", 100), Map.of())).isEmpty();
	}
}
