package org.parkloop.indicators.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceCheckTest {

	private static AcceptanceCheck.Indicator indicator(String code, Direction d, String target, String actual) {
		return new AcceptanceCheck.Indicator(code, d, BigDecimal.ONE, new BigDecimal(target),
				actual == null ? null : new BigDecimal(actual), List.of());
	}

	/** The boundary in both directions: 0.8999 fails, 0.9000 passes. */
	@ParameterizedTest
	@CsvSource({ "HIGHER_IS_BETTER, 100, 89.99, false, 0.8999", "HIGHER_IS_BETTER, 100, 90.00, true, 0.9",
			"HIGHER_IS_BETTER, 100, 120, true, 1.2", "LOWER_IS_BETTER, 89.99, 100, false, 0.8999",
			"LOWER_IS_BETTER, 90, 100, true, 0.9", "LOWER_IS_BETTER, 10, 11, true, 0.9090909090909090909090909090909091",
			"HIGHER_IS_BETTER, 0, 0, true, 1", "HIGHER_IS_BETTER, 0, 5, true, 1", "LOWER_IS_BETTER, 5, 0, true, 1",
			"LOWER_IS_BETTER, 0, 0, true, 1", "LOWER_IS_BETTER, 0, 0.001, false, 0" })
	void completionAndTheNinetyPercentLine(Direction d, String target, String actual, boolean passed, String completion) {
		AcceptanceCheck.Outcome o = AcceptanceCheck.outcome(indicator("X", d, target, actual));
		assertThat(o.passed()).isEqualTo(passed);
		assertThat(o.completion()).isEqualByComparingTo(completion);
	}

	/** A quotient rounded at 34 digits would reach 0.9 here; the exact comparison does not. */
	@Test
	void noRoundingDecidesTheTest() {
		String justBelow = "0." + "9".repeat(40);
		assertThat(AcceptanceCheck.reaches(Direction.HIGHER_IS_BETTER, new BigDecimal("1.1111111111111111111111111111111111111111112"),
				new BigDecimal(justBelow))).isFalse();
		assertThat(AcceptanceCheck.reaches(Direction.HIGHER_IS_BETTER, BigDecimal.TEN, new BigDecimal("8.99999999999999999999999999999999999999"))).isFalse();
		assertThat(AcceptanceCheck.reaches(Direction.HIGHER_IS_BETTER, BigDecimal.TEN, new BigDecimal("9"))).isTrue();
	}

	/** The exact rule agrees with the completion wherever the completion is not within rounding of the line. */
	@Test
	void theExactRuleAgreesWithTheQuotient() {
		Random random = new Random(17);
		for (int i = 0; i < 10_000; i++) {
			Direction d = random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
			BigDecimal target = BigDecimal.valueOf(random.nextInt(10_000), 2);
			BigDecimal actual = BigDecimal.valueOf(random.nextInt(10_000), 2);
			BigDecimal completion = AcceptanceCheck.completion(d, target, actual);
			assertThat(AcceptanceCheck.reaches(d, target, actual)).as(d + " " + target + " " + actual)
				.isEqualTo(completion.compareTo(AcceptanceCheck.THRESHOLD) >= 0);
		}
	}

	@Test
	void everyIndicatorMustPassAndIncompleteDataFails() {
		AcceptanceCheck.Indicator good = indicator("SOLID_WASTE_UTILISATION_RATE", Direction.HIGHER_IS_BETTER, "90", "85");
		AcceptanceCheck.Indicator missing = new AcceptanceCheck.Indicator("ENERGY_INTENSITY", Direction.LOWER_IS_BETTER,
				new BigDecimal("0.8"), new BigDecimal("0.5"), new BigDecimal("0.4"), List.of("91330303MA2DE0013X"));
		AcceptanceCheck.Result r = AcceptanceCheck.check(List.of(good, missing));
		assertThat(r.passed()).isFalse();
		assertThat(r.indicators().get(0).passed()).isTrue();
		assertThat(r.indicators().get(1).passed()).isFalse();
		assertThat(r.indicators().get(1).completion()).isNull();
		assertThat(r.indicators().get(1).missing()).containsExactly("91330303MA2DE0013X");
		assertThat(AcceptanceCheck.check(List.of(good)).passed()).isTrue();
		assertThat(AcceptanceCheck.check(List.of()).passed()).isFalse();
		assertThat(AcceptanceCheck.check(List.of(indicator("X", Direction.HIGHER_IS_BETTER, "1", null))).passed()).isFalse();
	}
}
