package org.parkloop.shared;

/** What a quantity measures; units convert only within one. */
public enum Dimension {
	MONEY, MASS, ENERGY, VOLUME, AREA
}
