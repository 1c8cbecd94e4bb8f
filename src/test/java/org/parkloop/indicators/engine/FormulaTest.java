package org.parkloop.indicators.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkloop.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaTest {

	static final Set<String> ITEMS = Set.of("solid_waste_generated", "solid_waste_utilised", "solid_waste_utilised_stored",
			"reused_water", "fresh_water", "value_added", "energy_consumption");

	/** HJ 274's 工业固体废物综合利用率 on hand-computed data: 830 ÷ (1,000 + 50) × 100 = 79.047619…%. */
	@Test
	void theSolidWasteUtilisationRateOfHj274() {
		Formula f = Formula.parse("solid_waste_utilised / (solid_waste_generated + solid_waste_utilised_stored) * 100",
				ITEMS);
		assertThat(f.items()).containsExactlyInAnyOrder("solid_waste_utilised", "solid_waste_generated",
				"solid_waste_utilised_stored");
		BigDecimal rate = f.evaluate(Map.of("solid_waste_utilised", new BigDecimal("830"), "solid_waste_generated",
				new BigDecimal("1000"), "solid_waste_utilised_stored", new BigDecimal("50"))).orElseThrow();
		assertThat(rate).isEqualByComparingTo("79.04761904761904761904761904761905");
	}

	@Test
	void exactDecimalsNotBinaryFractions() {
		Formula f = Formula.parse("reused_water / (reused_water + fresh_water) * 100", ITEMS);
		// 0.1 + 0.2 in binary floating point is 0.30000000000000004
		assertThat(f.evaluate(Map.of("reused_water", new BigDecimal("0.1"), "fresh_water", new BigDecimal("0.2")))
			.orElseThrow()).isEqualByComparingTo("33.33333333333333333333333333333333");
		assertThat(Formula.parse("-energy_consumption + +value_added", ITEMS)
			.evaluate(Map.of("energy_consumption", new BigDecimal("0.1"), "value_added", new BigDecimal("0.3")))
			.orElseThrow()).isEqualByComparingTo("0.2");
	}

	@Test
	void aZeroDivisorHasNoValue() {
		assertThat(Formula.parse("value_added / energy_consumption", ITEMS)
			.evaluate(Map.of("value_added", BigDecimal.TEN, "energy_consumption", BigDecimal.ZERO))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "value_added / (energy_consumption | indicator.formula.syntax | | ",
			"value_added / steel | indicator.formula.unknownItem | 15 | steel",
			"SQRT(value_added) | indicator.formula.syntax | | ", "PI * value_added | indicator.formula.unknownItem | 1 | PI",
			"value_added ^ 2 | indicator.formula.syntax | | ", "\"text\" | indicator.formula.notAllowed | | ",
			"value_added.x | indicator.formula.syntax | | ", "value_added[1] | indicator.formula.syntax | | " })
	void anythingButArithmeticOnItemsIsRefusedWithItsPosition(String text, String key, Integer position, String found) {
		assertThatThrownBy(() -> Formula.parse(text, ITEMS)).isInstanceOf(RuleViolation.class).satisfies(e -> {
			RuleViolation v = (RuleViolation) e;
			assertThat(v.messageKey()).isEqualTo(key);
			assertThat(v.field()).isEqualTo("formula");
			if (position != null) {
				assertThat(v.args()).containsExactly(position, found);
			}
			else {
				assertThat((Integer) v.args()[0]).isBetween(1, text.length() + 1);
			}
		});
	}
}
