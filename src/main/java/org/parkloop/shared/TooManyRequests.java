package org.parkloop.shared;

/** The caller sent more than its share in the current window; it may try again after {@code retryAfterSeconds}. */
public class TooManyRequests extends RuleViolation {

	private final long retryAfterSeconds;

	public TooManyRequests(long retryAfterSeconds, String messageKey, Object... args) {
		super(messageKey, args);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
