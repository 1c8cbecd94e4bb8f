package org.parkloop.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A short summary of what changed between two versions of a record, for the audit trail. */
public final class Changes {

	private Changes() {
	}

	/** "name: 旧 → 新; level: PROVINCIAL → NATIONAL", or "no change". */
	public static <R extends Record> String between(R before, R after) {
		List<String> changes = new ArrayList<>();
		for (RecordComponent c : before.getClass().getRecordComponents()) {
			try {
				c.getAccessor().setAccessible(true);
				Object a = c.getAccessor().invoke(before);
				Object b = c.getAccessor().invoke(after);
				if (!Objects.equals(a, b)) {
					changes.add(c.getName() + ": " + a + " → " + b);
				}
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}
}
