package org.parkloop.indicators.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * R17: a park may apply for acceptance only when its resource and environment indicators reach 90 % of its plan's
 * targets. Read here as: every targeted indicator's completion is at least 0.90, where completion is actual ÷ target
 * for an indicator that should go up and target ÷ actual for one that should go down (reaching a ceiling of 10 t
 * with 11 t is 10 ÷ 11 = 90.9 %). A zero divisor: going up with a target of 0 is complete (1); going down with an
 * actual of 0 is complete (1); going down with a target of 0 and an actual above it is 0. An indicator whose actual
 * value is incomplete (enterprises' data missing) does not pass, and says why.
 *
 * <p>The comparison is exact: actual ≥ 0.9 × target (or target ≥ 0.9 × actual), products of decimals, so no rounding
 * of a quotient can turn 0.8999… into 0.9. Values are non-negative (the data items are amounts).
 */
public final class AcceptanceCheck {

	public static final BigDecimal THRESHOLD = new BigDecimal("0.90");

	private AcceptanceCheck() {
	}

	/** One targeted indicator: its baseline, target and actual value, and the enterprises whose data is missing. */
	public record Indicator(String code, Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal actual,
			List<String> missing) {

		public Indicator {
			missing = missing == null ? List.of() : List.copyOf(missing);
		}

		boolean complete() {
			return actual != null && missing.isEmpty();
		}
	}

	/** How one indicator stands: completion is null when the actual value is incomplete. */
	public record Outcome(String code, BigDecimal baseline, BigDecimal target, BigDecimal actual, BigDecimal completion,
			boolean passed, List<String> missing) {
	}

	public record Result(boolean passed, List<Outcome> indicators) {
	}

	/** Passed when there is at least one targeted indicator and every one passes. */
	public static Result check(List<Indicator> indicators) {
		List<Outcome> outcomes = indicators.stream().map(AcceptanceCheck::outcome).toList();
		return new Result(!outcomes.isEmpty() && outcomes.stream().allMatch(Outcome::passed), outcomes);
	}

	static Outcome outcome(Indicator i) {
		if (!i.complete()) {
			return new Outcome(i.code(), i.baseline(), i.target(), i.actual(), null, false, i.missing());
		}
		return new Outcome(i.code(), i.baseline(), i.target(), i.actual(),
				completion(i.direction(), i.target(), i.actual()), reaches(i.direction(), i.target(), i.actual()),
				i.missing());
	}

	/** The completion, for display (34 significant digits). */
	public static BigDecimal completion(Direction direction, BigDecimal target, BigDecimal actual) {
		if (direction == Direction.HIGHER_IS_BETTER) {
			return target.signum() == 0 ? BigDecimal.ONE : actual.divide(target, MathContext.DECIMAL128);
		}
		if (actual.signum() == 0) {
			return BigDecimal.ONE;
		}
		return target.signum() == 0 ? BigDecimal.ZERO : target.divide(actual, MathContext.DECIMAL128);
	}

	/** Whether the completion is at least {@link #THRESHOLD}, decided without dividing. */
	public static boolean reaches(Direction direction, BigDecimal target, BigDecimal actual) {
		if (direction == Direction.HIGHER_IS_BETTER) {
			return target.signum() == 0 || actual.compareTo(THRESHOLD.multiply(target)) >= 0;
		}
		if (actual.signum() == 0) {
			return true;
		}
		return target.signum() != 0 && target.compareTo(THRESHOLD.multiply(actual)) >= 0;
	}
}
