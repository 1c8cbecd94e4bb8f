package org.parkloop.indicators.catalogue;

/** A definition was added or given a new version: the park values from {@code validFrom} on are to be recomputed. */
public record DefinitionsChanged(String code, int validFrom) {
}
