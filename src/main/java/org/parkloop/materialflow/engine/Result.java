package org.parkloop.materialflow.engine;

import java.util.List;

/**
 * A reconciled model.
 *
 * @param chiSquare the weighted sum of squared adjustments, distributed χ² with {@code degreesOfFreedom} degrees of
 *     freedom (the rank of the reduced constraint matrix) when the data have no gross error
 * @param globalTestPassed whether χ² stays below its 95 % quantile
 * @param unobservable explanations of the parts of the model the data do not determine
 */
public record Result(List<Estimate> flows, List<Estimate> stocks, List<Balance> balances, double chiSquare,
		int degreesOfFreedom, double pValue, boolean globalTestPassed, int iterations, List<String> unobservable) {

	/**
	 * One variable after reconciliation.
	 *
	 * @param given the value given (measured or exact), null for an unknown
	 * @param value the reconciled or computed value, null when it cannot be determined
	 * @param residualZ the normalised adjustment (|z| above 1.96 flags a likely gross error), null where undefined
	 */
	public record Estimate(String id, Double given, Double value, Double sigma, Classification classification,
			Double residualZ) {
	}

	/**
	 * A process's balance before reconciliation: inputs − outputs − change in stock, with its standard deviation and
	 * significance; null where an unknown flow makes it uncheckable.
	 */
	public record Balance(String process, Double imbalance, Double sigma, Double z) {
	}
}
