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

	/** A code whose mod-31 check character is right, so that only the structure can be wrong. */
	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	@ParameterizedTest
	@CsvSource({ "01330100716105852, AUTHORITY", "B1330100716105852, AUTHORITY", "94330100716105852, TYPE",
			"Y2330100716105852, TYPE", "913301A0716105852, DIVISION", "91330100716105853, ORGANISATION_CHECK",
			"91330100716105862, ORGANISATION_CHECK", "91330000142916568, ORGANISATION_CHECK" })
	void rejectsCodesWhoseStructureIsWrongThoughTheirCheckCharacterIsRight(String first17, CreditCode.Problem expected) {
		assertThat(CreditCode.check(withCheck(first17))).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12330000002482072", "51330000MJ8802437", "N2330302MF0101014", "Y1330000MC1000001" })
	void acceptsOtherAuthoritiesAndTypes(String first17) {
		String code = CreditCode.complete(first17.substring(0, 16));
		assertThat(CreditCode.check(code)).as(code).isNull();
	}

	/** GB 11714-1997's worked values: the organisation codes inside the published codes above. */
	@ParameterizedTest
	@CsvSource({ "19220382, 1", "71610585, 2", "71526726, X", "80210043, 3", "14291656, 7" })
	void computesTheOrganisationCheckCharacter(String body, char expected) {
		assertThat(CreditCode.organisationCheckCharacter(body)).isEqualTo(expected);
	}

	/**
	 * Two typos inside the organisation code can cancel out in the mod-31 sum; the organisation code's own check
	 * then catches most of them (74 of the 89 here; without it, none) (brute force over every such pair in a published code).
	 */
	@org.junit.jupiter.api.Test
	void doubleTyposThatPassTheMod31CheckAreMostlyCaught() {
		String good = "91330100716105852F";
		int passMod31 = 0;
		int caught = 0;
		for (int i = 8; i < 17; i++) {
			for (int j = i + 1; j < 17; j++) {
				for (char a : "0123456789".toCharArray()) {
					for (char b : "0123456789".toCharArray()) {
						if (a == good.charAt(i) || b == good.charAt(j)) {
							continue;
						}
						char[] typo = good.toCharArray();
						typo[i] = a;
						typo[j] = b;
						String bad = new String(typo);
						if (bad.charAt(17) == CreditCode.checkCharacter(bad.substring(0, 17))) {
							passMod31++;
							if (CreditCode.check(bad) != null) {
								caught++;
							}
						}
					}
				}
			}
		}
		assertThat(passMod31).isPositive();
		assertThat((double) caught / passMod31).as(caught + " of " + passMod31).isGreaterThan(0.8);
	}

	@org.junit.jupiter.api.Test
	void demoAndCompletedCodesAreValid() {
		for (int n = 1; n <= 999; n++) {
			assertThat(CreditCode.check(CreditCode.demo("330303", n))).isNull();
		}
		assertThat(CreditCode.complete("9144030019220382")).isEqualTo("914403001922038216");
	}
}
