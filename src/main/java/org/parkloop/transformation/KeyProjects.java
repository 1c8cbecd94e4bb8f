package org.parkloop.transformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The key projects of a park's approved plan, for other modules (the funds: R19 subsidises the three kinds of projects
 * listed in the plan in force). No access checks: the caller has checked who asks.
 */
public interface KeyProjects {

	/** A milestone and the day it was reached, if by the date asked about. */
	record Milestone(long id, String name, LocalDate plannedDate, LocalDate reachedOn) {
	}

	/**
	 * A listed project as of the date: R19's category ({@code CHAIN_LINKING}, {@code PUBLIC_SERVICE},
	 * {@code NEW_ENERGY}), its planned investment in 元, its milestones, the progress reports made by then, the
	 * investment they report made (元, null without any) and the last percent complete reported.
	 */
	record Project(long id, String name, String category, String kind, String ownerCreditCode, BigDecimal investment,
			List<Milestone> milestones, int progressReports, BigDecimal investmentMade, BigDecimal percentComplete) {
	}

	/** The revision of the park's plan in force on a date: the latest approved by then. */
	record PlanInForce(long planId, int revision, LocalDate approvedOn, String documentNumber, List<Project> projects) {
	}

	Optional<PlanInForce> inForce(String parkCode, LocalDate date);

	/** A project of the park as its latest revision listing it describes it, with its progress by the date. */
	Optional<Project> project(String parkCode, long projectId, LocalDate date);

	/** The day a milestone was reached, if it was. */
	Optional<LocalDate> reachedOn(long milestoneId);
}
