package org.parkloop.programme.goals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.GoalKind;
import org.parkloop.shared.Designation;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/**
 * What a user sends to create or replace a goal set; {@code version} is the version of the set the replacement was
 * made on (or the request's {@code If-Match}).
 */
public record GoalSetCommand(@Size(max = 200) String nameZh, @Size(max = 200) String nameEn,
		@Size(max = 4000) String description, @Size(max = 100) List<@Valid GoalCommand> goals,
		@Min(0) @Max(Integer.MAX_VALUE) Long version) {

	GoalSetCommand(String nameZh, String nameEn, String description, List<GoalCommand> goals) {
		this(nameZh, nameEn, description, goals, null);
	}

	public record GoalCommand(GoalKind kind, LocalDate deadline, ParkLevel level, TransformationStatus minStatus,
			@DecimalMax(value = "100", message = "goal.percent.range") BigDecimal percent, Designation designation, @Max(10000) Integer minCount,
			@Max(10000) Integer maxCount, @Min(2000) @Max(2100) Integer batch, @Size(max = 300) String labelZh,
			@Size(max = 300) String labelEn) {

		Goal toGoal() {
			return new Goal(null, kind, deadline, level, minStatus, percent, designation, minCount, maxCount, batch,
					blank(labelZh), blank(labelEn));
		}

		static GoalCommand of(Goal g) {
			return new GoalCommand(g.kind(), g.deadline(), g.level(), g.minStatus(), g.percent(), g.designation(),
					g.minCount(), g.maxCount(), g.batch(), g.labelZh(), g.labelEn());
		}

		boolean isEmpty() {
			return kind == null && deadline == null && percent == null && minCount == null && batch == null;
		}
	}

	static GoalSetCommand of(GoalSet set) {
		return new GoalSetCommand(set.nameZh(), set.nameEn(), set.description(),
				new ArrayList<>(set.goals().stream().map(GoalCommand::of).toList()), set.version());
	}

	/** Checks the set and turns it into goals; throws nothing, returns the problems with indexed field names. */
	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>(org.parkloop.platform.Inputs.problems(this));
		if (blank(nameZh) == null) {
			problems.add(new FieldProblem("nameZh", "validation.required"));
		}
		List<GoalCommand> list = goals == null ? List.of() : goals;
		if (list.isEmpty()) {
			problems.add(new FieldProblem("goals", "goal.none"));
		}
		for (int i = 0; i < list.size(); i++) {
			String prefix = "goals[" + i + "].";
			GoalCommand g = list.get(i);
			if (g == null) {
				problems.add(new FieldProblem("goals[" + i + "]", "validation.required"));
				continue;
			}
			g.toGoal().problems().forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.messageKey(), p.args())));
		}
		return org.parkloop.platform.Forms.firstPerField(problems);
	}

	GoalSet toGoalSet(Long id) {
		return new GoalSet(id, nameZh.trim(), blank(nameEn), blank(description),
				goals.stream().map(GoalCommand::toGoal).toList());
	}

	/** Drops the form's unused empty goal rows. */
	GoalSetCommand withoutEmptyGoals() {
		return new GoalSetCommand(nameZh, nameEn, description,
				goals == null ? List.of() : goals.stream().filter(g -> g != null && !g.isEmpty()).toList(), version);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
