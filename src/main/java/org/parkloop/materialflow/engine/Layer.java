package org.parkloop.materialflow.engine;

import java.util.List;

/**
 * A substance layer (Cd, N, water …): the concentration of the substance in goods flows. A flow without an entry has
 * an unknown concentration. The substance flow is goods flow × concentration, so the layer's balances are bilinear.
 */
public record Layer(String id, List<Concentration> concentrations) {

	/** @param value null for unknown; sigma 0 or null with a value for exact */
	public record Concentration(String flow, Double value, Double sigma) {
	}
}
