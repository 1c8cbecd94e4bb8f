package org.parkloop.shared;

import java.util.List;

/**
 * A rule forbids the action in the current state (a transition, a deadline, a conflict with what is stored): the API
 * answers 409 with {@code rule} and {@code reasons: [{rule, ref, detail}]}. Input that is malformed or invalid in
 * itself is {@link InvalidInput} or a plain {@link RuleViolation} (400) instead.
 */
public class Refused extends RuleViolation {

	/**
	 * One reason for the refusal.
	 *
	 * @param rule a stable code of the rule broken (the message key)
	 * @param ref where the rule comes from (a rule of the source document such as "R15", a standard), or null; for
	 *     a reason about one thing ({@code kind} given) the thing's reference (a project's id, an indicator's code)
	 * @param kind what the reason is about ("PROJECT", "INDICATOR"), or null
	 */
	public record Reason(String rule, String ref, String kind, String messageKey, Object... args) {

		public static Reason of(String rule, String ref, Object... args) {
			return new Reason(rule, ref, null, rule, args);
		}

		/** A reason about one thing of a kind, referred to by {@code ref}. */
		public static Reason about(String kind, String ref, String rule, Object... args) {
			return new Reason(rule, ref, kind, rule, args);
		}
	}

	private final transient List<Reason> reasons;

	/** One reason: the rule's message key is also its code. */
	public Refused(String rule, String ref, Object... args) {
		this(List.of(Reason.of(rule, ref, args)));
	}

	public Refused(List<Reason> reasons) {
		this(null, reasons);
	}

	/** Refused because of the value of one field (a date before the last one recorded, a quantity over what is left). */
	public Refused(String field, List<Reason> reasons) {
		super(field, reasons.get(0).messageKey(), reasons.get(0).args());
		this.reasons = List.copyOf(reasons);
	}

	/** The first reason's code: what the API reports as {@code rule}. */
	public String rule() {
		return reasons.get(0).rule();
	}

	public List<Reason> reasons() {
		return reasons;
	}
}
