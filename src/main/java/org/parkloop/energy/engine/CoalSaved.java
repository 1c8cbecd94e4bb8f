package org.parkloop.energy.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The coal no longer burned in boilers taken off coal, and the emissions it no longer causes. A boiler's annual coal
 * use counts when recorded; otherwise its capacity × operating hours (read as full-load hours) × a coal rate in
 * tonnes of raw coal per t/h and hour; a boiler with neither is counted as unknown. Emissions are the coal's
 * (gross: what the heat is now made with is not subtracted), each factor in kg per tonne of raw coal, as data with
 * its source. Totals in tonnes (and tce) per year, rounded to 3 decimals at the end only.
 */
public final class CoalSaved {

	private CoalSaved() {
	}

	/**
	 * tce per tonne of raw coal; the coal rate (t raw coal per t/h·h); SO2, NOx, particulates and CO2 in kg per t of
	 * raw coal.
	 */
	public record Factors(BigDecimal tcePerTonne, BigDecimal coalRate, BigDecimal so2, BigDecimal nox,
			BigDecimal particulates, BigDecimal co2) {
	}

	/** A boiler taken off coal: its recorded annual coal use (t) or its capacity (t/h) and annual operating hours. */
	public record Boiler(BigDecimal annualCoalTonnes, BigDecimal tonnesPerHour, Integer operatingHours) {
	}

	/** Tonnes per year. */
	public record Avoided(BigDecimal so2, BigDecimal nox, BigDecimal particulates, BigDecimal co2) {
	}

	/**
	 * Coal in t and tce per year, the emissions avoided, and how many boilers were counted from their coal use, from
	 * their hours, or not at all.
	 */
	public record Totals(BigDecimal coalTonnes, BigDecimal coalTce, Avoided avoided, int recorded, int estimated,
			int unknown) {
	}

	/** The annual raw coal of one boiler, or null when neither its coal use nor its hours are known. */
	public static BigDecimal coalTonnes(Boiler b, Factors f) {
		if (b.annualCoalTonnes() != null) {
			return b.annualCoalTonnes();
		}
		if (b.operatingHours() != null && b.tonnesPerHour() != null) {
			return b.tonnesPerHour().multiply(BigDecimal.valueOf(b.operatingHours())).multiply(f.coalRate());
		}
		return null;
	}

	public static Totals of(List<Boiler> boilers, Factors f) {
		BigDecimal coal = BigDecimal.ZERO;
		int recorded = 0;
		int estimated = 0;
		for (Boiler b : boilers) {
			BigDecimal t = coalTonnes(b, f);
			if (t != null) {
				coal = coal.add(t);
				if (b.annualCoalTonnes() != null) {
					recorded++;
				}
				else {
					estimated++;
				}
			}
		}
		BigDecimal tonnes = coal;
		var perKg = new Object() {
			BigDecimal t(BigDecimal kgPerTonne) {
				return round(tonnes.multiply(kgPerTonne).movePointLeft(3));
			}
		};
		return new Totals(round(coal), round(coal.multiply(f.tcePerTonne())),
				new Avoided(perKg.t(f.so2()), perKg.t(f.nox()), perKg.t(f.particulates()), perKg.t(f.co2())), recorded,
				estimated, boilers.size() - recorded - estimated);
	}

	private static BigDecimal round(BigDecimal v) {
		return v.setScale(3, RoundingMode.HALF_UP);
	}
}
