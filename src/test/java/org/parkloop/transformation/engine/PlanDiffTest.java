package org.parkloop.transformation.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The difference of two revisions: by key, decimals by value, absent values as null, removed items last. */
class PlanDiffTest {

	private static PlanDiff.Item item(String key, Object... pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], pairs[i + 1]);
		}
		return new PlanDiff.Item(key, key, fields);
	}

	@Test
	void addedChangedAndRemovedItemsAreFoundByTheirKeys() {
		List<PlanDiff.Item> before = List.of(item("A", "target", new BigDecimal("95.0"), "baseline", null),
				item("B", "target", new BigDecimal("1")), item("C", "target", new BigDecimal("2")));
		List<PlanDiff.Item> after = List.of(item("D", "target", new BigDecimal("3")),
				item("A", "target", new BigDecimal("95"), "baseline", new BigDecimal("80")),
				item("C", "target", new BigDecimal("2.00")));
		List<PlanDiff.ItemChange> changes = PlanDiff.between(before, after);
		assertThat(changes).extracting(PlanDiff.ItemChange::key).containsExactly("D", "A", "B");
		assertThat(changes.get(0).change()).isEqualTo(PlanDiff.Change.ADDED);
		assertThat(changes.get(1).change()).isEqualTo(PlanDiff.Change.CHANGED);
		// 95.0 and 95 are the same target; the baseline given for the first time is the change
		assertThat(changes.get(1).fields()).containsExactly(new PlanDiff.FieldChange("baseline", null, new BigDecimal("80")));
		assertThat(changes.get(2).change()).isEqualTo(PlanDiff.Change.REMOVED);
		assertThat(changes.get(2).fields()).containsExactly(new PlanDiff.FieldChange("target", new BigDecimal("1"), null));
	}

	@Test
	void aRevisionComparedWithItselfHasNoChange() {
		List<PlanDiff.Item> items = List.of(item("A", "name", "开工", "plannedDate", java.time.LocalDate.of(2015, 3, 1)));
		assertThat(PlanDiff.between(items, items)).isEmpty();
	}
}
