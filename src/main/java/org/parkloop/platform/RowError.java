package org.parkloop.platform;

/**
 * One problem in one row of an imported table: the row's number as the user sees it (the header is row 1), the
 * column's key, and a message key with its arguments.
 */
public record RowError(int row, String column, String messageKey, Object... args) {
}
