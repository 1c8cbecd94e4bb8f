package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps values non-negative, for every engine: an active-set method on the bounds (Lawson and Hanson, <i>Solving
 * Least Squares Problems</i>, ch. 23). Fix each negative value at zero; when none is negative, release the fixed
 * value that would come out most positive on its own (its bound's multiplier has the wrong sign); stop when none
 * would, as every bound's multiplier then has the right sign (KKT). For the bilinear substance balances this finds a
 * local optimum.
 *
 * <p>One tolerance for all: a value counts as negative below −{@value #TOLERANCE} × (1 + scale), and is released
 * above +{@value #TOLERANCE} × (1 + scale), where scale is the largest given magnitude of the model.
 */
final class NonNegative {

	static final double TOLERANCE = 1e-9;

	static final int MAX_ITERATIONS = 100;

	private NonNegative() {
	}

	/** The last solution, the keys held at zero in it, and how many solutions led there. */
	record Outcome<K, S>(S solution, Set<K> held, int iterations) {
	}

	/**
	 * @param solveHolding solves the problem with these keys held exactly at zero
	 * @param bounded the values that must not be negative, by key, in a solution (null where undetermined)
	 * @param scale the largest given magnitude, for the tolerance
	 */
	static <K, S> Outcome<K, S> solve(Function<Set<K>, S> solveHolding, Function<S, Map<K, Double>> bounded,
			double scale) {
		double tolerance = TOLERANCE * (1 + scale);
		Set<K> held = new LinkedHashSet<>();
		for (int iteration = 1;; iteration++) {
			S s = solveHolding.apply(held);
			if (iteration >= MAX_ITERATIONS) {
				return new Outcome<>(s, held, iteration);
			}
			List<K> negative = new ArrayList<>();
			bounded.apply(s).forEach((key, value) -> {
				if (value != null && value < -tolerance && !held.contains(key)) {
					negative.add(key);
				}
			});
			if (!negative.isEmpty()) {
				held.addAll(negative);
				continue;
			}
			K release = null;
			double most = tolerance;
			for (K key : held) {
				Set<K> others = new LinkedHashSet<>(held);
				others.remove(key);
				Double free = bounded.apply(solveHolding.apply(others)).get(key);
				if (free != null && free > most) {
					most = free;
					release = key;
				}
			}
			if (release == null) {
				return new Outcome<>(s, held, iteration);
			}
			held.remove(release);
		}
	}

	/**
	 * A goods model reconciled by {@code engine} with its flows kept non-negative when the model asks for it. Held
	 * flows come out as the caller gave them, at zero; the balances before reconciliation are those of the given values.
	 */
	static Result reconcile(Model model, Function<Model, Result> engine) {
		if (!model.nonNegative()) {
			return engine.apply(model);
		}
		Model free = new Model(model.processes(), model.flows(), model.stocks(), model.relations(), false);
		Result[] unheld = new Result[1];
		Outcome<String, Result> o = solve(held -> {
			Result r = engine.apply(held.isEmpty() ? free : holding(free, held));
			if (held.isEmpty() && unheld[0] == null) {
				unheld[0] = r;
			}
			return r;
		}, r -> {
			Map<String, Double> values = new java.util.LinkedHashMap<>();
			r.flows().forEach(e -> values.put(e.id(), e.value()));
			return values;
		}, scale(model.flows().stream().map(Model.Flow::value).toList()));
		Result r = o.solution();
		HeldChiSquare chi = new HeldChiSquare(r.chiSquare(), r.degreesOfFreedom());
		List<Result.Estimate> flows = new ArrayList<>();
		for (int i = 0; i < r.flows().size(); i++) {
			Model.Flow f = model.flows().get(i);
			flows.add(o.held().contains(f.id()) ? chi.estimate(f.id(), f.value(), f.sigma()) : r.flows().get(i));
		}
		Result done = chi.result(r, flows);
		return new Result(done.flows(), done.stocks(), unheld[0].balances(), done.chiSquare(), done.degreesOfFreedom(),
				done.pValue(), done.globalTestPassed(), o.iterations(), done.unobservable());
	}

	/** The model with these flows held exactly at zero. */
	static Model holding(Model model, Set<String> held) {
		List<Model.Flow> flows = model.flows().stream()
			.map(f -> held.contains(f.id()) ? new Model.Flow(f.id(), f.from(), f.to(), 0.0, 0.0) : f)
			.toList();
		return new Model(model.processes(), flows, model.stocks(), model.relations(), false);
	}

	/**
	 * The χ² of a solution with values held at zero: a held measurement's whole adjustment (from its given value to
	 * zero) counts, with one more degree of freedom.
	 */
	static final class HeldChiSquare {

		private double chiSquare;
		private int degreesOfFreedom;

		HeldChiSquare(double chiSquare, int degreesOfFreedom) {
			this.chiSquare = chiSquare;
			this.degreesOfFreedom = degreesOfFreedom;
		}

		/** A held value as the caller gave it, at zero and exact. */
		Result.Estimate estimate(String id, Double given, Double sigma) {
			return new Result.Estimate(id, given, 0.0, 0.0, add(given, sigma), null);
		}

		/** Counts a held value's adjustment; its class. */
		Classification add(Double given, Double sigma) {
			boolean measured = given != null && sigma != null && sigma > 0;
			if (measured) {
				chiSquare += given * given / (sigma * sigma);
				degreesOfFreedom++;
			}
			return measured ? Classification.REDUNDANT : given == null ? Classification.OBSERVABLE : Classification.EXACT;
		}

		/** The goods result with these flows and the χ² test redone. */
		Result result(Result r, List<Result.Estimate> flows) {
			double p = ChiSquare.pValue(chiSquare, degreesOfFreedom);
			return new Result(flows, r.stocks(), r.balances(), chiSquare, degreesOfFreedom, p, p >= 0.05, r.iterations(),
					r.unobservable());
		}
	}

	/** The largest magnitude among the given values. */
	static double scale(Iterable<Double> given) {
		double scale = 0;
		for (Double g : given) {
			if (g != null) {
				scale = Math.max(scale, Math.abs(g));
			}
		}
		return scale;
	}
}
