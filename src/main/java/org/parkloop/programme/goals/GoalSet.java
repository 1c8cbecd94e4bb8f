package org.parkloop.programme.goals;

import java.util.List;

import org.parkloop.programme.engine.Goal;

/**
 * A named set of programme goals (the Wenzhou goals of R4-R6, a national set, ...); {@code version} is its record's
 * optimistic lock.
 */
public record GoalSet(Long id, String nameZh, String nameEn, String description, List<Goal> goals, long version) {

	GoalSet(Long id, String nameZh, String nameEn, String description, List<Goal> goals) {
		this(id, nameZh, nameEn, description, goals, 0);
	}
}
