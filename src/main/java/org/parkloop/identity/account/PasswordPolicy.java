package org.parkloop.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 10 characters, not a common password (a shipped list, compared
 * case-insensitively, also with trailing digits and symbols removed), not one repeated character, and not containing
 * the user name.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 200;

	private final Set<String> common;

	PasswordPolicy() {
		try (var in = getClass().getResourceAsStream("/identity/common-passwords.txt");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			common = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::trim)
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** bcrypt reads at most 72 bytes of a password: a longer one is refused rather than silently cut. */
	static final int BCRYPT_BYTES = 72;

	/** Whether bcrypt takes the whole password (72 bytes of UTF-8: 72 letters, or 24 Chinese characters). */
	public static boolean fitsBcrypt(String password) {
		return password == null || password.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_BYTES;
	}

	public List<FieldProblem> check(String password, String username, String field) {
		List<FieldProblem> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add(new FieldProblem(field, "password.tooShort", MIN_LENGTH));
			return problems;
		}
		if (password.length() > MAX_LENGTH || !fitsBcrypt(password)) {
			problems.add(new FieldProblem(field, "password.tooLong", BCRYPT_BYTES));
			return problems;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		if (common.contains(lower) || (stem.length() >= 4 && common.contains(stem))
				|| lower.chars().distinct().count() <= 2) {
			problems.add(new FieldProblem(field, "password.common"));
		}
		else if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem(field, "password.containsUsername"));
		}
		return problems;
	}
}
