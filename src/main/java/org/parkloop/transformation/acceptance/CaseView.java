package org.parkloop.transformation.acceptance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.transformation.ParkStatuses;
import org.parkloop.transformation.StatusChange;
import org.parkloop.transformation.plan.Plan;
import org.parkloop.transformation.plan.ProjectSchedules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's case as a whole (R14-R17): status and designation, the latest plan, the key projects of the plan in
 * force on schedule or not today, the acceptance applications, and every dated step.
 */
@Service
@Transactional(readOnly = true)
class CaseView {

	/** {@code plans}: every revision, latest first, for the page (not in the API's answer, which has the latest). */
	record Case(String parkCode, String status, String designation, Plan plan, Plan planInForce,
			List<ProjectSchedules.ProjectState> projects, boolean projectsOnSchedule, List<Application> applications,
			List<StatusChange> timeline, @com.fasterxml.jackson.annotation.JsonIgnore List<Plan> plans) {
	}

	private final ProjectSchedules schedules;
	private final ApplicationStore applications;
	private final ParkStatuses statuses;
	private final ParkAccess access;
	private final Clock clock;

	CaseView(ProjectSchedules schedules, ApplicationStore applications, ParkStatuses statuses, ParkAccess access,
			Clock clock) {
		this.schedules = schedules;
		this.applications = applications;
		this.statuses = statuses;
		this.access = access;
		this.clock = clock;
	}

	Case of(String parkCode) {
		ParkView park = access.checkReadAsOffice(parkCode);
		List<Plan> plans = schedules.all(park.code());
		Optional<Plan> inForce = plans.stream().filter(p -> p.status() == Plan.Status.APPROVED).findFirst();
		List<ProjectSchedules.ProjectState> projects = inForce.map(p -> schedules.at(p, LocalDate.now(clock)))
			.orElse(List.of());
		ParkStanding standing = statuses.standingOf(park.code(), LocalDate.MAX);
		return new Case(park.code(), standing.status().name(), standing.designation().name(),
				plans.stream().findFirst().orElse(null), inForce.orElse(null), projects,
				projects.stream().allMatch(ProjectSchedules.ProjectState::onSchedule), applications.ofPark(park.code()),
				statuses.history(park.code()), plans);
	}
}
