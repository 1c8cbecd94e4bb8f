package org.parkloop.shared;

/** The caller may not see or do this; the message says what. */
public class Forbidden extends RuleViolation {

	public Forbidden(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
