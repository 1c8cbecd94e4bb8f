package org.parkloop.programme.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;

/** A hand-written history of the parks' standings, to feed the engine in tests. */
final class History {

	private record Entry(String park, LocalDate date, TransformationStatus status, Designation designation) {
	}

	private final List<Entry> entries = new ArrayList<>();

	History set(String park, String date, TransformationStatus status) {
		return set(park, date, status, Designation.NONE);
	}

	History set(String park, String date, TransformationStatus status, Designation designation) {
		entries.add(new Entry(park, LocalDate.parse(date), status, designation));
		return this;
	}

	/** The parks on a date: each park's latest entry on or before it; a merged park takes its target's. */
	List<ParkFact> on(LocalDate date) {
		return WenzhouGoals.PARKS.stream().map(p -> {
			String source = p.mergedInto() != null ? p.mergedInto() : p.code();
			Entry latest = null;
			for (Entry e : entries) {
				if (e.park().equals(source) && !e.date().isAfter(date)) {
					latest = e;
				}
			}
			return latest == null ? p
					: new ParkFact(p.code(), p.seq(), p.level(), p.batch(), p.mergedInto(), latest.status(),
							latest.designation());
		}).toList();
	}
}
