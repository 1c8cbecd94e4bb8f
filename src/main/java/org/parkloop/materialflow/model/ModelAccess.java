package org.parkloop.materialflow.model;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads and changes a park's models: the offices that read the park see them; CITY, the park's own users and
 * the consultancy engaged by the park change them.
 */
@Component
class ModelAccess {

	private final ParkAccess parks;
	private final CurrentCaller callers;

	ModelAccess(ParkAccess parks, CurrentCaller callers) {
		this.parks = parks;
		this.callers = callers;
	}

	boolean canRead(String parkCode) {
		try {
			checkRead(parkCode);
			return true;
		}
		catch (org.parkloop.shared.RuleViolation e) {
			return false;
		}
	}

	void checkRead(String parkCode) {
		parks.checkReadAsOffice(parkCode);
	}

	boolean canChange(String parkCode) {
		Caller c = callers.get();
		return c.has(Role.CITY) || c.scopes(Role.PARK).contains(parkCode) || c.scopes(Role.CONSULTANT).contains(parkCode);
	}

	void checkChange(String parkCode) {
		if (!canChange(parkCode)) {
			throw new Forbidden("access.mfaChange", parkCode);
		}
	}
}
