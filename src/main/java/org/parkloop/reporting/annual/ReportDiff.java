package org.parkloop.reporting.annual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a submitted report's frozen figures differ from what the platform would draft today (R16: a submitted report
 * does not change, but the difference can be shown): both are flattened to their leaves, park by park (a list of
 * projects or indicators keyed by its {@code code}, else its {@code name}, so that a new row or a removed one shows
 * as such rather than shifting the others), and every leaf whose value differs is a change.
 */
final class ReportDiff {

	/** One figure that changed: the park, the path of the figure, its frozen value and today's (null: absent). */
	record Change(String parkCode, String park, String path, String frozen, String today) {
	}

	private ReportDiff() {
	}

	static List<Change> of(List<ReportDraft.ParkFigures> frozen, List<ReportDraft.ParkFigures> today, JsonMapper json) {
		Map<String, ReportDraft.ParkFigures> then = new LinkedHashMap<>();
		frozen.forEach(p -> then.put(p.code(), p));
		Map<String, ReportDraft.ParkFigures> now = new LinkedHashMap<>();
		today.forEach(p -> now.put(p.code(), p));
		List<Change> out = new ArrayList<>();
		java.util.Set<String> codes = new java.util.LinkedHashSet<>(then.keySet());
		codes.addAll(now.keySet());
		for (String code : codes) {
			ReportDraft.ParkFigures a = then.get(code);
			ReportDraft.ParkFigures b = now.get(code);
			String name = (b != null ? b : a).nameZh();
			Map<String, String> left = flatten(a == null ? null : json.valueToTree(a));
			Map<String, String> right = flatten(b == null ? null : json.valueToTree(b));
			java.util.Set<String> paths = new java.util.LinkedHashSet<>(left.keySet());
			paths.addAll(right.keySet());
			for (String path : paths) {
				if (!Objects.equals(left.get(path), right.get(path))) {
					out.add(new Change(code, name, path, left.get(path), right.get(path)));
				}
			}
		}
		return out;
	}

	static Map<String, String> flatten(JsonNode node) {
		Map<String, String> out = new LinkedHashMap<>();
		if (node != null) {
			walk(node, "", out);
		}
		return out;
	}

	private static void walk(JsonNode node, String path, Map<String, String> out) {
		if (node.isObject()) {
			for (var e : node.properties()) {
				walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				JsonNode element = node.get(i);
				String key = element.has("code") ? element.get("code").asString()
						: element.has("name") ? element.get("name").asString()
						: element.has("date") ? element.get("date").asString() : String.valueOf(i);
				walk(element, path + "[" + key + "]", out);
			}
		}
		else if (!node.isNull()) {
			String value = node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString();
			out.put(path, value);
		}
	}
}
