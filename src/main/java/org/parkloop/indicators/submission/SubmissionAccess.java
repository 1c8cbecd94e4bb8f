package org.parkloop.indicators.submission;

import java.util.List;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a submission. An enterprise enters and submits its own data; the PARK office of the park the
 * submission belongs to (or of the park it was merged into) enters data on an enterprise's behalf and its own
 * park-level data, and accepts or returns its enterprises' own submissions; CITY accepts or returns any, and is the
 * only one to decide on what a park entered (on behalf, or its own items): nobody accepts their own entries. Reading
 * follows the registry: an enterprise its own submissions, an office the submissions of the parks it sees.
 */
@Component
class SubmissionAccess {

	private final CurrentCaller callers;
	private final ParkCatalog parks;
	private final ParkAccess access;

	SubmissionAccess(CurrentCaller callers, ParkCatalog parks, ParkAccess access) {
		this.callers = callers;
		this.parks = parks;
		this.access = access;
	}

	boolean ownEnterprise(String creditCode) {
		return creditCode != null && callers.get().scopes(Role.ENTERPRISE).contains(creditCode);
	}

	/** The caller is the PARK office of this park or of the park it was merged into. */
	boolean parkOffice(String parkCode) {
		Caller c = callers.get();
		if (c.scopes(Role.PARK).contains(parkCode)) {
			return true;
		}
		return parks.find(parkCode).map(ParkView::mergedInto).filter(c.scopes(Role.PARK)::contains).isPresent();
	}

	boolean mayEnter(Submission s) {
		if (s.parkLevel() || s.onBehalf()) {
			return parkOffice(s.parkCode());
		}
		return ownEnterprise(s.creditCode());
	}

	boolean mayDecide(Submission s) {
		if (callers.get().has(Role.CITY)) {
			return true;
		}
		return !s.parkLevel() && !s.onBehalf() && parkOffice(s.parkCode());
	}

	boolean mayRead(Submission s) {
		return ownEnterprise(s.creditCode()) || parks.find(s.parkCode()).filter(access::canReadAsOffice).isPresent();
	}

	void checkEnter(Submission s) {
		if (!mayEnter(s)) {
			throw new Forbidden(s.parkLevel() || s.onBehalf() ? "access.submission.parkEnters" : "access.submission.ownOnly");
		}
	}

	void checkDecide(Submission s) {
		if (!mayDecide(s)) {
			throw new Forbidden(s.parkLevel() || s.onBehalf() ? "access.submission.cityDecides"
					: "access.submission.parkDecides");
		}
	}

	void checkRead(Submission s) {
		if (!mayRead(s)) {
			throw new Forbidden("access.submission.read");
		}
	}

	/** The enterprises and parks whose submissions the caller may list. */
	SubmissionStore.Reach reach() {
		Caller c = callers.get();
		if (c.has(Role.CITY)) {
			return new SubmissionStore.Reach(true, List.of(), List.of());
		}
		List<String> offices = parks.all().stream().filter(access::canReadAsOffice).map(ParkView::code).toList();
		return new SubmissionStore.Reach(false, List.copyOf(c.scopes(Role.ENTERPRISE)), offices);
	}
}
