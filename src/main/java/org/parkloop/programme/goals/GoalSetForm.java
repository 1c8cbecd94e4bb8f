package org.parkloop.programme.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parkloop.programme.engine.GoalKind;
import org.parkloop.shared.Designation;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/** Reads the goal-set form ({@code goals[2].percent} and so on), noting what cannot be read instead of failing. */
final class GoalSetForm {

	private static final Pattern INDEX = Pattern.compile("goals\\[(\\d+)]\\..+");
	private static final int MAX_ROWS = 200;

	record Read(GoalSetCommand command, List<FieldProblem> problems) {
	}

	private GoalSetForm() {
	}

	/** How many goal rows a submitted form had. */
	static int rows(Map<String, String> form) {
		return Math.min(MAX_ROWS, form.keySet().stream().map(INDEX::matcher).filter(Matcher::matches)
			.mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0));
	}

	/** A stored set as the form's values ({@code goals[2].percent} …). */
	static Map<String, Object> values(GoalSet set) {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("nameZh", set.nameZh());
		v.put("nameEn", set.nameEn());
		v.put("description", set.description());
		v.put("version", set.version());
		for (int i = 0; i < set.goals().size(); i++) {
			org.parkloop.programme.engine.Goal g = set.goals().get(i);
			String p = "goals[" + i + "].";
			v.put(p + "kind", g.kind());
			v.put(p + "deadline", g.deadline());
			v.put(p + "level", g.level());
			v.put(p + "minStatus", g.minStatus());
			v.put(p + "percent", g.percent() == null ? null : g.percent().stripTrailingZeros().toPlainString());
			v.put(p + "designation", g.designation());
			v.put(p + "minCount", g.minCount());
			v.put(p + "maxCount", g.maxCount());
			v.put(p + "batch", g.batch());
			v.put(p + "labelZh", g.labelZh());
			v.put(p + "labelEn", g.labelEn());
		}
		return v;
	}

	static Read read(Map<String, String> form) {
		List<FieldProblem> problems = new ArrayList<>();
		int rows = form.keySet().stream().map(INDEX::matcher).filter(Matcher::matches)
			.mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
		List<GoalSetCommand.GoalCommand> goals = new ArrayList<>();
		for (int i = 0; i < Math.min(rows, MAX_ROWS); i++) {
			Cells c = new Cells(form, "goals[" + i + "].", problems);
			goals.add(new GoalSetCommand.GoalCommand(c.value("kind", GoalKind::valueOf), c.value("deadline", LocalDate::parse),
					c.value("level", ParkLevel::valueOf), c.value("minStatus", TransformationStatus::valueOf),
					c.value("percent", BigDecimal::new), c.value("designation", Designation::valueOf),
					c.value("minCount", Integer::valueOf), c.value("maxCount", Integer::valueOf),
					c.value("batch", Integer::valueOf), c.text("labelZh"), c.text("labelEn")));
		}
		Cells top = new Cells(form, "", problems);
		return new Read(new GoalSetCommand(top.text("nameZh"), top.text("nameEn"), top.text("description"), goals)
			.withoutEmptyGoals(), problems);
	}

	private record Cells(Map<String, String> form, String prefix, List<FieldProblem> problems) {

		String text(String name) {
			String v = form.get(prefix + name);
			return v == null || v.isBlank() ? null : v.trim();
		}

		<T> T value(String name, Function<String, T> parse) {
			String v = text(name);
			if (v == null) {
				return null;
			}
			try {
				return parse.apply(v);
			}
			catch (IllegalArgumentException | DateTimeParseException e) {
				problems.add(new FieldProblem(prefix + name, "validation.unreadable", v));
				return null;
			}
		}
	}
}
