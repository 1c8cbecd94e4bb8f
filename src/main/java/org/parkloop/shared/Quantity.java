package org.parkloop.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An amount in a unit, in exact decimals: what crosses a module boundary instead of a bare {@code double} beside a
 * unit string. Conversions are exact where the decimal result is finite (t ↔ kg, 万元 ↔ 元, kWh → tce) and carry 34
 * significant digits where it is not (GJ → tce divides by 29.3076).
 */
public record Quantity(BigDecimal value, Unit unit) {

	/** Enough digits that a conversion's rounding never shows in a rate or a sum of a park's year. */
	static final MathContext PRECISION = MathContext.DECIMAL128;

	public Quantity {
		if (value == null || unit == null) {
			throw new IllegalArgumentException("a quantity needs a value and a unit");
		}
	}

	public static Quantity of(String value, String unit) {
		return new Quantity(new BigDecimal(value), Unit.of(unit));
	}

	public static Quantity of(BigDecimal value, Unit unit) {
		return new Quantity(value, unit);
	}

	public Dimension dimension() {
		return unit.dimension();
	}

	/** The same amount in another unit of the same dimension. */
	public Quantity in(Unit target) {
		if (target.dimension() != unit.dimension()) {
			throw RuleViolation.onField("unit", "unit.dimension", unit.code(), target.code());
		}
		if (target.equals(unit)) {
			return this;
		}
		BigDecimal numerator = value.multiply(unit.perBase()).multiply(target.divisor());
		BigDecimal denominator = unit.divisor().multiply(target.perBase());
		BigDecimal converted;
		try {
			converted = numerator.divide(denominator);
		}
		catch (ArithmeticException notFinite) {
			converted = numerator.divide(denominator, PRECISION);
		}
		return new Quantity(plain(converted), target);
	}

	public Quantity plus(Quantity other) {
		return new Quantity(plain(value.add(other.in(unit).value())), unit);
	}

	/** The value rounded for display (half up), in this unit. */
	public BigDecimal rounded(int decimals) {
		return value.setScale(decimals, RoundingMode.HALF_UP);
	}

	/** Equal amounts whatever their units or scales (1 t and 1000 kg). */
	public boolean sameAmountAs(Quantity other) {
		return other.dimension() == dimension() && other.in(unit).value().compareTo(value) == 0;
	}

	/** The number without trailing zeros and never in exponent notation (100, not 1E+2); null stays null. */
	public static BigDecimal plain(BigDecimal v) {
		if (v == null) {
			return null;
		}
		BigDecimal s = v.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

	@Override
	public String toString() {
		return value.toPlainString() + " " + unit.code();
	}
}
