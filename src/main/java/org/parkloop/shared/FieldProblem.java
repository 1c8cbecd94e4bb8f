package org.parkloop.shared;

/** One input field's problem: the field's name and a message key with its arguments. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
