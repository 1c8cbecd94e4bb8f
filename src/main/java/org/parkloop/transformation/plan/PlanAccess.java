package org.parkloop.transformation.plan;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ConsultancyMembership;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a park's plan (R14, R15): CITY, the park's office, and the users of the consultancy the park
 * engaged draft it; the park's office submits it; those who read the park as an office, the engaged consultancy's
 * users and the experts assigned to it read it.
 */
@Component
class PlanAccess {

	private final ParkAccess access;
	private final ParkCatalog parks;
	private final Engagements engagements;
	private final ConsultancyMembership members;
	private final PlanStore store;
	private final CurrentCaller callers;

	PlanAccess(ParkAccess access, ParkCatalog parks, Engagements engagements, ConsultancyMembership members,
			PlanStore store, CurrentCaller callers) {
		this.access = access;
		this.parks = parks;
		this.engagements = engagements;
		this.members = members;
		this.store = store;
		this.callers = callers;
	}

	/** The park, when the caller may draft its plan. */
	ParkView checkDraft(String parkCode) {
		ParkView park = parks.find(parkCode).orElseThrow(() -> new NotFound("park.notFound", parkCode));
		Caller c = callers.get();
		if (c.has(Role.CITY) || c.scopes(Role.PARK).contains(park.code()) || engagedConsultant(park.code())) {
			return park;
		}
		throw new Forbidden("access.plan.draft", park.code());
	}

	/** The consultancy compiling a plan the caller drafts: its own when it is a consultant, else none. */
	String consultancyOfCaller() {
		return callers.get().has(Role.CONSULTANT) ? members.consultancyOf(callers.get().username()).orElse(null) : null;
	}

	void checkRead(Plan p) {
		if (callers.get().username() != null && store.assignedExpert(p.id(), callers.get().username())) {
			return;
		}
		if (engagedConsultant(p.parkCode())) {
			return;
		}
		access.checkReadAsOffice(p.parkCode());
	}

	void checkParkOffice(String parkCode) {
		if (!callers.get().scopes(Role.PARK).contains(parkCode)) {
			throw new Forbidden("access.plan.parkSubmits", parkCode);
		}
	}

	private boolean engagedConsultant(String parkCode) {
		Caller c = callers.get();
		if (!c.has(Role.CONSULTANT) || c.username() == null) {
			return false;
		}
		var engaged = engagements.engagedBy(parkCode);
		return engaged.isPresent() && engaged.equals(members.consultancyOf(c.username()));
	}
}
