package org.parkloop.programme.goals;

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

/** What a user sends to create or replace a goal set. */
public record GoalSetCommand(String nameZh, String nameEn, String description, List<GoalCommand> goals) {

	public record GoalCommand(GoalKind kind, LocalDate deadline, ParkLevel level, TransformationStatus minStatus,
			BigDecimal percent, Designation designation, Integer minCount, Integer maxCount, Integer batch,
			String labelZh, String labelEn) {

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
				new ArrayList<>(set.goals().stream().map(GoalCommand::of).toList()));
	}

	/** Checks the set and turns it into goals; throws nothing, returns the problems with indexed field names. */
	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(nameZh) == null) {
			problems.add(new FieldProblem("nameZh", "validation.required"));
		}
		else if (nameZh.length() > 200) {
			problems.add(new FieldProblem("nameZh", "validation.tooLong", 200));
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
		return problems;
	}

	GoalSet toGoalSet(Long id) {
		return new GoalSet(id, nameZh.trim(), blank(nameEn), blank(description),
				goals.stream().map(GoalCommand::toGoal).toList());
	}

	/** Drops the form's unused empty goal rows. */
	GoalSetCommand withoutEmptyGoals() {
		return new GoalSetCommand(nameZh, nameEn, description,
				goals == null ? List.of() : goals.stream().filter(g -> g != null && !g.isEmpty()).toList());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
