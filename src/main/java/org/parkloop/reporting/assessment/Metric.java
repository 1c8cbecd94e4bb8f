package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.parkloop.shared.TransformationStatus;

/**
 * What a computed criterion measures of a park in the assessed year, as a fraction from 0 to 1 of the criterion's
 * weight (plain Java; the facts come from the other modules' facades). A county unit's fraction of a park criterion is
 * the mean of its parks'; {@link #REPORT_ON_TIME} is the reporting unit's own.
 */
enum Metric {

	/** The case's stage at the year's end: not started 0, compiling ¼, under review ½, implementing ¾, accepted 1. */
	CASE_PROGRESS,
	/** Of the plan's milestones due by the year's end, the share reached; 1 when none is due yet; 0 without a plan. */
	PROJECT_SCHEDULE,
	/** The mean completion of the targeted indicators, each capped at 100 % (no value counts 0); 0 without targets. */
	INDICATOR_COMPLETION,
	/** The share of targeted indicators whose target is reached (completion ≥ 100 %); 0 without targets. */
	GOAL_ATTAINMENT,
	/** 1 when the year's progress report was first submitted by its deadline (the day itself on time), else 0. */
	REPORT_ON_TIME,
	/** 1 when the park took part in an exchange deal completed, or a delivery made, in the year, else 0. */
	EXCHANGE_ACTIVITY,
	/** Of the boilers due under R10's deadlines by the year's end, the share done; 1 when none is due or overdue. */
	BOILER_COMPLIANCE;

	/** A park's facts in the year, as the facades answer them. */
	record Facts(TransformationStatus status, boolean hasPlan, int milestonesDue, int milestonesReached,
			List<BigDecimal> completions, boolean reportOnTime, boolean exchangeActive, int boilersDone,
			int boilersOverdue) {
	}

	static final int SCALE = 4;

	BigDecimal of(Facts f) {
		return switch (this) {
			case CASE_PROGRESS -> ratio(f.status().ordinal(), TransformationStatus.values().length - 1);
			case PROJECT_SCHEDULE -> !f.hasPlan() ? BigDecimal.ZERO
					: f.milestonesDue() == 0 ? BigDecimal.ONE : ratio(f.milestonesReached(), f.milestonesDue());
			case INDICATOR_COMPLETION -> f.completions().isEmpty() ? BigDecimal.ZERO
					: f.completions().stream().map(c -> c == null ? BigDecimal.ZERO : c.min(BigDecimal.ONE).max(BigDecimal.ZERO))
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(f.completions().size()), SCALE, RoundingMode.HALF_UP);
			case GOAL_ATTAINMENT -> f.completions().isEmpty() ? BigDecimal.ZERO
					: ratio((int) f.completions().stream().filter(c -> c != null && c.compareTo(BigDecimal.ONE) >= 0).count(),
							f.completions().size());
			case REPORT_ON_TIME -> f.reportOnTime() ? BigDecimal.ONE : BigDecimal.ZERO;
			case EXCHANGE_ACTIVITY -> f.exchangeActive() ? BigDecimal.ONE : BigDecimal.ZERO;
			case BOILER_COMPLIANCE -> f.boilersDone() + f.boilersOverdue() == 0 ? BigDecimal.ONE
					: ratio(f.boilersDone(), f.boilersDone() + f.boilersOverdue());
		};
	}

	/** The mean of the parks' fractions (a county unit's), 0 for none. */
	static BigDecimal mean(List<BigDecimal> fractions) {
		if (fractions.isEmpty()) {
			return BigDecimal.ZERO;
		}
		return fractions.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(fractions.size()), SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal ratio(int part, int whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
	}
}
