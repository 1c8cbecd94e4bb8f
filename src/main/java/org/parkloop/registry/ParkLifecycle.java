package org.parkloop.registry;

import java.time.LocalDate;
import java.util.List;

import org.parkloop.shared.ParkLevel;

/**
 * The dated facts of a park's registry record (R1, R2): when it was established (null: before the programme began),
 * its level from the start and each dated change of level (省级 → 国家级), when it was merged into another park (null
 * with a merge: from the start), when it was revoked. Goals are evaluated on the parks as they stood on a date.
 */
public record ParkLifecycle(LocalDate establishedOn, ParkLevel initialLevel, List<LevelChange> levelChanges,
		LocalDate mergedOn, LocalDate revokedOn) {

	/** From {@code date} on the park has this level. */
	public record LevelChange(LocalDate date, ParkLevel level) {
	}

	public ParkLifecycle {
		levelChanges = List.copyOf(levelChanges);
	}

	/** A park that has always existed at one level. */
	public static ParkLifecycle always(ParkLevel level) {
		return new ParkLifecycle(null, level, List.of(), null, null);
	}

	/** Whether the park existed at the end of the day: established by then and not yet revoked. */
	public boolean existsOn(LocalDate date) {
		return (establishedOn == null || !establishedOn.isAfter(date)) && (revokedOn == null || revokedOn.isAfter(date));
	}

	/** The level in force at the end of the day. */
	public ParkLevel levelOn(LocalDate date) {
		ParkLevel level = initialLevel;
		for (LevelChange c : levelChanges) {
			if (!c.date().isAfter(date)) {
				level = c.level();
			}
		}
		return level;
	}

	/** The level after every recorded change. */
	public ParkLevel currentLevel() {
		return levelChanges.isEmpty() ? initialLevel : levelChanges.get(levelChanges.size() - 1).level();
	}

	/** Whether a merge (if the park has one) was in force at the end of the day. */
	public boolean mergedBy(LocalDate date) {
		return mergedOn == null || !mergedOn.isAfter(date);
	}

	public boolean revoked() {
		return revokedOn != null;
	}
}
