package org.parkloop.transformation.engine;

import java.time.LocalDate;
import java.util.Collection;

/**
 * R19's key projects against their milestones: a project is on schedule at a date when every milestone planned by
 * that date had been reached by then (a milestone reached late makes it late until the day it was reached); the
 * park's projects are on schedule when all of them are.
 */
public final class Schedule {

	private Schedule() {
	}

	/** A milestone's planned date and the day it was reached (null: not yet). */
	public record Milestone(LocalDate planned, LocalDate reached) {
	}

	public static boolean onSchedule(Collection<Milestone> milestones, LocalDate date) {
		return milestones.stream().filter(m -> !m.planned().isAfter(date))
			.allMatch(m -> m.reached() != null && !m.reached().isAfter(date));
	}

	public static boolean allOnSchedule(Collection<? extends Collection<Milestone>> projects, LocalDate date) {
		return projects.stream().allMatch(p -> onSchedule(p, date));
	}
}
