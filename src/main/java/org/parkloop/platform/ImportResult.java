package org.parkloop.platform;

/** What an accepted import did. */
public record ImportResult(int created, int updated) {
}
