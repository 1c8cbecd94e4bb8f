package org.parkloop.registry.park;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parkloop.platform.Inputs;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.ParkLevel;

/** The rules a park's data must follow (R1, R2), with the message a user reads when one is broken. */
final class ParkRules {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
	/** Codes that would clash with the pages' own paths. */
	private static final Set<String> RESERVED = Set.of("new", "import", "export");

	private ParkRules() {
	}

	/**
	 * @param mergedIntoByCode every park that will exist after the change, by code, with the park it is merged into
	 *     (null for none); used to check that a merge target exists and that merges form no cycle
	 */
	static List<FieldProblem> check(ParkCommand c, Map<String, String> mergedIntoByCode) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.code() == null) {
			problems.add(new FieldProblem("code", "validation.required"));
		}
		else if (!CODE.matcher(c.code()).matches() || RESERVED.contains(c.code())) {
			problems.add(new FieldProblem("code", "park.code.pattern", c.code()));
		}
		required(problems, "nameZh", c.nameZh());
		if (c.level() == null) {
			problems.add(new FieldProblem("level", "validation.required"));
		}
		else if (ParkLevel.parse(c.level()).isEmpty()) {
			problems.add(new FieldProblem("level", "park.level.unknown", c.level()));
		}
		required(problems, "administeredBy", c.administeredBy());
		checkMerge(problems, c, mergedIntoByCode);
		return Inputs.withLimits(c, problems);
	}

	private static void checkMerge(List<FieldProblem> problems, ParkCommand c, Map<String, String> mergedIntoByCode) {
		String target = c.mergedInto();
		if (target == null) {
			return;
		}
		if (target.equals(c.code())) {
			problems.add(new FieldProblem("mergedInto", "park.merged.self"));
			return;
		}
		if (!mergedIntoByCode.containsKey(target)) {
			problems.add(new FieldProblem("mergedInto", "park.merged.unknown", target));
			return;
		}
		Set<String> seen = new HashSet<>();
		for (String at = target; at != null && seen.add(at); at = mergedIntoByCode.get(at)) {
			if (at.equals(c.code())) {
				problems.add(new FieldProblem("mergedInto", "park.merged.cycle", target));
				return;
			}
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
	}
}
