package org.parkloop.programme.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.shared.Designation;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/**
 * One goal of a goal set. Which fields matter depends on the kind: a share goal uses {@code level} (null for all
 * levels), {@code minStatus} and {@code percent}; a designation goal {@code designation}, {@code minCount} and
 * {@code maxCount} (null for no upper bound); a batch goal {@code batch} and {@code minStatus}.
 */
public record Goal(Long id, GoalKind kind, LocalDate deadline, ParkLevel level, TransformationStatus minStatus,
		BigDecimal percent, Designation designation, Integer minCount, Integer maxCount, Integer batch, String labelZh,
		String labelEn) {

	/** What is wrong with this goal's definition; field names are relative to the goal ("percent"). */
	public List<FieldProblem> problems() {
		List<FieldProblem> p = new ArrayList<>();
		if (kind == null) {
			p.add(new FieldProblem("kind", "validation.required"));
			return p;
		}
		if (deadline == null) {
			p.add(new FieldProblem("deadline", "validation.required"));
		}
		switch (kind) {
			case SHARE_AT_LEAST -> {
				requireStatus(p);
				if (percent == null) {
					p.add(new FieldProblem("percent", "validation.required"));
				}
				else if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
					p.add(new FieldProblem("percent", "goal.percent.range", percent));
				}
			}
			case DESIGNATION_COUNT -> {
				if (designation == null || designation == Designation.NONE) {
					p.add(new FieldProblem("designation", "goal.designation.required"));
				}
				if (minCount == null) {
					p.add(new FieldProblem("minCount", "validation.required"));
				}
				else if (minCount < 0) {
					p.add(new FieldProblem("minCount", "goal.count.negative", minCount));
				}
				if (maxCount != null && minCount != null && maxCount < minCount) {
					p.add(new FieldProblem("maxCount", "goal.count.maxBelowMin", maxCount, minCount));
				}
			}
			case BATCH_AT_LEAST -> {
				requireStatus(p);
				if (batch == null) {
					p.add(new FieldProblem("batch", "validation.required"));
				}
			}
		}
		return p;
	}

	private void requireStatus(List<FieldProblem> p) {
		if (minStatus == null) {
			p.add(new FieldProblem("minStatus", "validation.required"));
		}
	}
}
