package org.parkloop.shared;

import java.util.Locale;

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015.
 * The 18th character is a check character computed modulo 31 over the first 17 with fixed weights.
 */
public record CreditCode(String value) {

	/** The 31 characters allowed (I, O, S, V and Z are excluded to avoid confusion). */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		Problem problem = check(value);
		if (problem != null) {
			throw new RuleViolation(problem.messageKey(), value);
		}
		value = value.trim().toUpperCase(Locale.ROOT);
	}

	public static CreditCode of(String value) {
		return new CreditCode(value);
	}

	/** Why a text is not a valid credit code, or null if it is one. */
	public static Problem check(String raw) {
		if (raw == null || raw.isBlank()) {
			return Problem.MISSING;
		}
		String code = raw.trim().toUpperCase(Locale.ROOT);
		if (code.length() != 18) {
			return Problem.LENGTH;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return Problem.CHARACTER;
			}
		}
		return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? null : Problem.CHECK_CHARACTER;
	}

	/**
	 * The code of the n-th fictional demo enterprise: a company (91) registered in the given six-digit division, with
	 * a made-up organisation code ({@code MA2DEMX} and n).
	 */
	public static String demo(String division, int n) {
		String first17 = "91" + division + String.format("MA2DEMX%02d", n);
		return first17 + checkCharacter(first17);
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	public enum Problem {
		MISSING("creditCode.missing"), LENGTH("creditCode.length"), CHARACTER("creditCode.character"),
		CHECK_CHARACTER("creditCode.check");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
