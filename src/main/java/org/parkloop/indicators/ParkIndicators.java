package org.parkloop.indicators;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The indicators of the parks, for other modules: R17's 90 % test of a park and year, and the targets an approved
 * plan sets (the transformation module calls this; {@code indicators} never depends on it).
 */
public interface ParkIndicators {

	/**
	 * One targeted indicator in the test: completion is null when the actual value is incomplete; {@code name} in the
	 * caller's language.
	 */
	record TestedIndicator(String code, BigDecimal baseline, BigDecimal target, BigDecimal actual, BigDecimal completion,
			boolean passed, List<String> missing, String name) {
	}

	/** R17's test of a park and year: passed when every targeted indicator reaches 90 % of its target. */
	record AcceptanceTest(String parkCode, int year, boolean passed, List<TestedIndicator> indicators) {
	}

	/** A target of an indicator: the baseline in the base year and the value to reach in the target year. */
	record Target(@Size(max = 60) String code, @DecimalMax("1e15") BigDecimal baseline,
			@DecimalMax("1e15") BigDecimal target) {
	}

	/** A park's targets; {@code source} ENTERED (by the park or CITY) or PLAN (locked: set from an approved plan). */
	record Targets(@Min(1990) @Max(2100) Integer baseYear, @Min(1990) @Max(2100) Integer targetYear,
			@Size(max = 100) List<Target> indicators, @Size(max = 8) String source, @Size(max = 100) String planRef,
			@Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	/** The test as the current caller may see it (the park's offices and CITY). */
	AcceptanceTest acceptanceTest(String parkCode, int year);

	/** The codes of the indicators defined (any year), which targets may name. */
	java.util.Set<String> indicatorCodes();

	/** Sets the park's targets from an approved plan (or its approved revision): locked against other changes. */
	void setPlanTargets(String parkCode, Targets targets, String planRef);

	/**
	 * The latest accepted values of these items per enterprise of the park in the year, in the items' canonical units
	 * (value added in 万元, energy in tce, water in m³), by credit code then item; for the park's offices and CITY.
	 */
	java.util.Map<String, java.util.Map<String, BigDecimal>> enterpriseValues(String parkCode, int year,
			java.util.Set<String> items);

	/** A park-level figure another module derives from its own data, in its unit, with its names. */
	record DerivedItem(String code, String nameZh, String nameEn, BigDecimal value, String unit) {
	}

	/** A derived figure as kept: of a park and year, from a module. */
	record Derived(int year, String source, String code, String nameZh, String nameEn, BigDecimal value, String unit) {
	}

	/**
	 * Replaces what {@code source} derived for the park and year (an empty list removes it). Shown beside the reported
	 * values, marked as derived; never mixed into a park's own submission.
	 */
	void putDerived(String parkCode, int year, String source, List<DerivedItem> items);

	/** The derived figures of a park (every year when {@code year} is null), for its offices and CITY. */
	List<Derived> derived(String parkCode, Integer year);

	/**
	 * A park's indicator as the public may see it: its value, or none when {@code suppressed} (made of fewer than three
	 * enterprises' submissions); {@code enterprises} counts those whose accepted submissions the park's figures use.
	 */
	record PublicValue(String parkCode, String code, String nameZh, String nameEn, String unit, BigDecimal value,
			int enterprises, boolean suppressed) {
	}

	/** The fewest enterprises whose submissions a published figure may be made of (R13; disclosure control). */
	int PUBLIC_MINIMUM = 3;

	/** Whether a figure is withheld from the public: it uses enterprises' data and fewer than three make it up. */
	static boolean suppressed(boolean usesEnterpriseItems, int enterprises) {
		return usesEnterpriseItems && enterprises < PUBLIC_MINIMUM;
	}

	/** Every park's indicators of a year for the public (no enterprise's data; see {@code PublicValue}); anyone. */
	List<PublicValue> publicValues(int year);
}
