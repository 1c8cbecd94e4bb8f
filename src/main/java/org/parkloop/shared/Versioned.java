package org.parkloop.shared;

/**
 * A representation of a changeable record: its {@code version} is the optimistic lock, sent back as the {@code ETag}
 * of every answer that carries it (docs/conventions.md).
 */
public interface Versioned {

	long version();
}
