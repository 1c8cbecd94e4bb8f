package org.parkloop.shared;

import java.util.Locale;
import java.util.Map;

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015. Its parts: the registration
 * authority (1), the type of entity within that authority (1), the administrative division (6, GB/T 2260), the
 * organisation code (9, GB 11714-1997, itself ending in a check character) and a check character modulo 31 over
 * the first 17. A code is valid only if every part is: the mod-31 check catches every single typo, the inner
 * organisation-code check and the authority/type table catch many double ones that the mod-31 check lets through.
 */
public record CreditCode(String value) {

	/** The 31 characters allowed (I, O, S, V and Z are excluded to avoid confusion). */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** GB 11714-1997's weights for the eight body characters of an organisation code. */
	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/**
	 * GB 32100-2015 table 1: the registration authorities and the entity types each may register (1 机构编制, 2 外交,
	 * 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他).
	 */
	private static final Map<Character, String> TYPES = Map.ofEntries(Map.entry('1', "1239"), Map.entry('2', "19"),
			Map.entry('3', "123459"), Map.entry('4', "19"), Map.entry('5', "1239"), Map.entry('6', "129"),
			Map.entry('7', "129"), Map.entry('8', "19"), Map.entry('9', "123"), Map.entry('A', "19"),
			Map.entry('N', "1239"), Map.entry('Y', "1"));

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
		if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
			return Problem.CHECK_CHARACTER;
		}
		String types = TYPES.get(code.charAt(0));
		if (types == null) {
			return Problem.AUTHORITY;
		}
		if (types.indexOf(code.charAt(1)) < 0) {
			return Problem.TYPE;
		}
		if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Problem.DIVISION;
		}
		return code.charAt(16) == organisationCheckCharacter(code.substring(8, 16)) ? null
				: Problem.ORGANISATION_CHECK;
	}

	/**
	 * A valid code from its first 16 characters (authority, type, division and the organisation code's eight body
	 * characters): both check characters are appended.
	 */
	public static String complete(String first16) {
		String first17 = first16 + organisationCheckCharacter(first16.substring(8, 16));
		return first17 + checkCharacter(first17);
	}

	/**
	 * The code of the n-th fictional demo enterprise: a company (91) registered in the given six-digit division, with
	 * a made-up organisation code ({@code MA2DE} and n).
	 */
	public static String demo(String division, int n) {
		return complete("91" + division + String.format("MA2DE%03d", n));
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * GB 11714-1997: the organisation code's check character for its eight body characters (digits count as
	 * themselves, letters A–Z as 10–35): 11 − (Σ value × weight mod 11), written X for 10 and 0 for 11.
	 */
	static char organisationCheckCharacter(String body8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
	}

	public enum Problem {
		MISSING("creditCode.missing"), LENGTH("creditCode.length"), CHARACTER("creditCode.character"),
		CHECK_CHARACTER("creditCode.check"), AUTHORITY("creditCode.authority"), TYPE("creditCode.type"),
		DIVISION("creditCode.division"), ORGANISATION_CHECK("creditCode.organisationCheck");

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
