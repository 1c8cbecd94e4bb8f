package org.parkloop.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuantityTest {

	/** Conversions with a finite decimal result are exact. */
	@ParameterizedTest
	@CsvSource({ "1, 万t, kg, 10000000", "2.5, t, kg, 2500", "1234, kg, t, 1.234", "3, 亿元, 万元, 30000",
			"15000, 元, 万元, 1.5", "1000, kWh, tce, 0.1229", "1, MWh, kgce, 122.9", "29.3076, GJ, tce, 1",
			"2, 万tce, tce, 20000", "1, 万m³, m³, 10000", "3, 万m3, m3, 30000", "1, km², hm², 100",
			"666.67, 亩, hm², 44.44488889", "1, 吨, t, 1" })
	void convertsExactly(String value, String from, String to, String expected) {
		Quantity q = Quantity.of(value, from).in(Unit.of(to));
		assertThat(q.value()).isEqualByComparingTo(expected);
		assertThat(q.unit()).isEqualTo(Unit.of(to));
	}

	@Test
	void aConversionWithoutAFiniteDecimalKeeps34Digits() {
		Quantity tce = Quantity.of("1", "GJ").in(Unit.TCE);
		assertThat(tce.value().precision()).isEqualTo(34);
		assertThat(tce.value()).isEqualByComparingTo("0.03412084237535656280282247608128949");
		// back again: off by less than 1e-30 (the rounding at the 34th digit)
		assertThat(tce.in(Unit.GJ).value()).isCloseTo(BigDecimal.ONE, org.assertj.core.api.Assertions.within(new BigDecimal("1e-30")));
		// 1 hm² = 15 亩 only at 666.666… m²; the statistics' 666.67 m² gives 14.9999…
		assertThat(Quantity.of("1", "hm²").in(Unit.MU).value().toPlainString()).startsWith("14.99992");
	}

	@Test
	void unitsOfAnotherDimensionAreRefusedNamingBoth() {
		assertThatThrownBy(() -> Quantity.of("1", "t").in(Unit.CUBIC_METRE)).isInstanceOf(RuleViolation.class)
			.satisfies(e -> {
				RuleViolation v = (RuleViolation) e;
				assertThat(v.messageKey()).isEqualTo("unit.dimension");
				assertThat(v.args()).containsExactly("t", "m³");
				assertThat(v.field()).isEqualTo("unit");
			});
		assertThatThrownBy(() -> Unit.of("ton")).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("unit.unknown");
		assertThat(Unit.find(" m3 ")).contains(Unit.CUBIC_METRE);
	}

	@Test
	void sumsAndComparisonsAreInOneUnit() {
		Quantity sum = Quantity.of("1.5", "t").plus(Quantity.of("500", "kg"));
		assertThat(sum).hasToString("2 t");
		assertThat(sum.sameAmountAs(Quantity.of("2000", "公斤"))).isTrue();
		assertThat(sum.sameAmountAs(Quantity.of("2000", "m³"))).isFalse();
		assertThat(Quantity.of("1.005", "万元").rounded(2)).isEqualByComparingTo("1.01");
	}

	@Test
	void everyUnitHasAUniqueCodeAndAliases() {
		assertThat(Unit.all()).extracting(Unit::code).doesNotHaveDuplicates().hasSize(18);
		for (Unit u : Unit.all()) {
			assertThat(Unit.of(u.code())).isSameAs(u);
			u.aliases().forEach(a -> assertThat(Unit.of(a)).isSameAs(u));
		}
	}
}
