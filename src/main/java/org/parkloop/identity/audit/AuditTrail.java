package org.parkloop.identity.audit;

import java.util.List;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Service;

/** Browsing the audit trail is for CITY users (R18: the city's decisions must be traceable). */
@Service
class AuditTrail {

	static final int MAX_PAGE = 100_000;

	private final Audit audit;
	private final CurrentCaller callers;

	AuditTrail(Audit audit, CurrentCaller callers) {
		this.audit = audit;
		this.callers = callers;
	}

	List<Audit.Event> find(Audit.Filter filter, int page, int size) {
		check();
		int n = Math.min(Math.max(1, size), MAX_PAGE);
		return audit.find(filter, Math.max(0, page) * n, n);
	}

	long count(Audit.Filter filter) {
		check();
		return audit.count(filter);
	}

	private void check() {
		if (!callers.get().has(Role.CITY)) {
			throw new Forbidden("access.audit");
		}
	}
}
