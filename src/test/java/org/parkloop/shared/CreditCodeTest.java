package org.parkloop.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

	/** Codes of real companies, as published in their business licences. */
	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "91330100716105852F", "9144030071526726XG", "91110000802100433B",
			"91330000142916567N", "91330100716105852f" })
	void acceptsPublishedCodes(String code) {
		assertThat(CreditCode.check(code)).isNull();
		assertThat(CreditCode.of(code).value()).isEqualTo(code.toUpperCase());
	}

	@ParameterizedTest
	@CsvSource({ "914403001922038217, CHECK_CHARACTER", "91330100716105852G, CHECK_CHARACTER",
			"9144030071526726X, LENGTH", "9144030071526726XGG, LENGTH", "91440300715267I6XG, CHARACTER",
			"9144030071526726ZG, CHARACTER", "'  ', MISSING" })
	void rejectsBadCodesWithTheReason(String code, CreditCode.Problem expected) {
		assertThat(CreditCode.check(code)).isEqualTo(expected);
		assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo(expected.messageKey());
	}

	@ParameterizedTest
	@ValueSource(strings = { "91440300192203821", "91330100716105852", "9144030071526726X" })
	void computesTheCheckCharacter(String first17) {
		char check = CreditCode.checkCharacter(first17);
		assertThat(CreditCode.check(first17 + check)).isNull();
		assertThat(CreditCode.ALPHABET).contains(String.valueOf(check));
	}

	@org.junit.jupiter.api.Test
	void everySingleCharacterChangeIsCaught() {
		String good = "914403001922038216";
		for (int i = 0; i < 18; i++) {
			for (char c : CreditCode.ALPHABET.toCharArray()) {
				if (c != good.charAt(i)) {
					String bad = good.substring(0, i) + c + good.substring(i + 1);
					assertThat(CreditCode.check(bad)).as(bad).isEqualTo(CreditCode.Problem.CHECK_CHARACTER);
				}
			}
		}
	}
}
