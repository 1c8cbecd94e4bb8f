package org.parkloop.transformation.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two revisions of a plan (R14): targets by indicator code, projects and their milestones by
 * their ids, which revisions keep. Plain values in, plain changes out.
 */
public final class PlanDiff {

	private PlanDiff() {
	}

	public enum Change {
		ADDED, REMOVED, CHANGED
	}

	/** An item of a revision, by its key, with the fields compared (by name, in order). */
	public record Item(String key, String label, Map<String, Object> fields) {
	}

	/** A field that differs: its value before and after (null when absent). */
	public record FieldChange(String field, Object before, Object after) {
	}

	public record ItemChange(String key, String label, Change change, List<FieldChange> fields) {
	}

	/** The changes from {@code before} to {@code after}: items of {@code after} in order, then those removed. */
	public static List<ItemChange> between(List<Item> before, List<Item> after) {
		Map<String, Item> old = new LinkedHashMap<>();
		before.forEach(i -> old.put(i.key(), i));
		List<ItemChange> changes = new ArrayList<>();
		for (Item now : after) {
			Item was = old.remove(now.key());
			if (was == null) {
				changes.add(new ItemChange(now.key(), now.label(), Change.ADDED, fields(Map.of(), now.fields())));
				continue;
			}
			List<FieldChange> fields = fields(was.fields(), now.fields());
			if (!fields.isEmpty()) {
				changes.add(new ItemChange(now.key(), now.label(), Change.CHANGED, fields));
			}
		}
		old.values().forEach(was -> changes.add(new ItemChange(was.key(), was.label(), Change.REMOVED,
				fields(was.fields(), Map.of()))));
		return changes;
	}

	private static List<FieldChange> fields(Map<String, Object> before, Map<String, Object> after) {
		List<FieldChange> list = new ArrayList<>();
		Map<String, Object> names = new LinkedHashMap<>(after);
		before.forEach(names::putIfAbsent);
		for (String name : names.keySet()) {
			Object b = before.get(name);
			Object a = after.get(name);
			if (!same(b, a)) {
				list.add(new FieldChange(name, b, a));
			}
		}
		return list;
	}

	/** Equal values; decimals by value (120000000.50 is 120000000.5). */
	private static boolean same(Object a, Object b) {
		if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}
}
