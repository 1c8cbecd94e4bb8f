package org.parkloop.shared;

/** What a quantity measures; units convert only within one. */
public enum Dimension {
	MONEY, MASS, ENERGY, VOLUME, AREA,
	/** Gas at normal conditions (0 °C, 101.325 kPa): not convertible to a volume without its state. */
	GAS_VOLUME
}
