package org.parkloop.shared;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFound extends RuleViolation {

	public NotFound(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
