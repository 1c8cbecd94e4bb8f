package org.parkloop.shared;

import java.util.Arrays;

/**
 * A request broke a rule. Carries a message key (resolved in the user's language at the edge) and its arguments;
 * the optional field names the input that was wrong.
 */
public class RuleViolation extends RuntimeException {

	private final String messageKey;
	private final String field;
	private final transient Object[] args;

	public RuleViolation(String messageKey, Object... args) {
		this(args, null, messageKey);
	}

	/** For subclasses that name the field. */
	protected RuleViolation(String field, String messageKey, Object[] args) {
		this(args, field, messageKey);
	}

	private RuleViolation(Object[] args, String field, String messageKey) {
		super(messageKey + Arrays.toString(args));
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public static RuleViolation onField(String field, String messageKey, Object... args) {
		return new RuleViolation(args, field, messageKey);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public String field() {
		return field;
	}
}
