package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;

/** What CITY sends to set up a scheme and to enter a score, and the rules they are checked against. */
final class SchemeCommands {

	/** A new scheme; without criteria the default 100-point scheme's are copied. */
	record Create(@Size(max = 200) String name, @Min(2000) @Max(2100) Integer year,
			@Size(max = 50) List<Scheme.Criterion> criteria) {
	}

	/** Points for an entered criterion, with the reason. */
	record Score(@DecimalMax("100") BigDecimal score, @Size(max = 2000) String comment) {
	}

	static final BigDecimal FULL = BigDecimal.valueOf(100);

	private SchemeCommands() {
	}

	/** Refuses a scheme without name or year, with a criterion incomplete, repeated or of an unknown metric, or whose
	 * weights do not add up to 100. */
	static void check(Create c, List<Scheme.Criterion> criteria) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.name() == null || c.name().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		if (c.year() == null) {
			problems.add(new FieldProblem("year", "validation.required"));
		}
		Set<String> codes = new HashSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < criteria.size(); i++) {
			Scheme.Criterion k = criteria.get(i);
			String at = "criteria[" + i + "].";
			if (k.code() == null || k.code().isBlank() || !codes.add(k.code())) {
				problems.add(new FieldProblem(at + "code", k.code() == null || k.code().isBlank() ? "validation.required"
						: "assessment.duplicateCode"));
			}
			if (k.nameZh() == null || k.nameZh().isBlank()) {
				problems.add(new FieldProblem(at + "nameZh", "validation.required"));
			}
			if (k.weight() == null || k.weight().signum() <= 0) {
				problems.add(new FieldProblem(at + "weight", "assessment.weightPositive"));
			}
			else {
				sum = sum.add(k.weight());
			}
			if (!"COMPUTED".equals(k.source()) && !"ENTERED".equals(k.source())) {
				problems.add(new FieldProblem(at + "source", "assessment.sourceUnknown"));
			}
			else if (k.computed()) {
				Inputs.constant(Metric.class, k.metric(), at + "metric", "assessment.metricUnknown", problems);
			}
			else if (k.metric() != null) {
				problems.add(new FieldProblem(at + "metric", "assessment.enteredMetric"));
			}
		}
		if (problems.isEmpty() && sum.compareTo(FULL) != 0) {
			problems.add(new FieldProblem("criteria", "assessment.weights", sum.stripTrailingZeros().toPlainString()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(Inputs.withLimits(c, problems));
		}
	}

	/** Refuses points outside 0 … the criterion's weight, or without a reason. */
	static void check(Score s, Scheme.Criterion criterion) {
		List<FieldProblem> problems = new ArrayList<>();
		if (s == null || s.score() == null || s.score().signum() < 0 || s.score().compareTo(criterion.weight()) > 0) {
			problems.add(new FieldProblem("score", "assessment.scoreRange",
					criterion.weight().stripTrailingZeros().toPlainString()));
		}
		if (s == null || s.comment() == null || s.comment().isBlank()) {
			problems.add(new FieldProblem("comment", "assessment.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}
}
