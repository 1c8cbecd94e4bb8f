package org.parkloop.materialflow.engine;

import java.util.List;

/**
 * A material flow model on its goods layer: processes, flows between them or across the system boundary (a null
 * end), changes in stock, and extra linear relations between flows.
 *
 * <p>A value is measured (with its standard deviation), exact (standard deviation 0) or unknown (value null).
 */
public record Model(List<String> processes, List<Flow> flows, List<StockChange> stocks, List<Relation> relations,
		boolean nonNegative) {

	/** @param from the process it leaves, or null for an import across the boundary; {@code to} likewise */
	public record Flow(String id, String from, String to, Double value, Double sigma) {
	}

	/** A process's change in stock over the period (an unlisted process keeps its stock: change 0, exact). */
	public record StockChange(String process, Double value, Double sigma) {
	}

	/** Σ coefficient × flow = constant (transfer coefficients and other known ratios). */
	public record Relation(List<Term> terms, double constant) {
	}

	public record Term(String flow, double coefficient) {
	}
}
