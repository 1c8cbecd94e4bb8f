package org.parkloop.registry.enterprise;

import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes which enterprises. Enterprises' data is kept from their competitors: an enterprise user sees
 * only itself. CITY sees and changes all; a PARK user sees and changes the enterprises of its park; COUNTY and
 * CONSULTANT users see those of the parks they may see, and change none.
 */
@Component
class EnterpriseScope {

	private final CurrentCaller callers;
	private final ParkAccess parkAccess;
	private final ParkCatalog parks;

	EnterpriseScope(CurrentCaller callers, ParkAccess parkAccess, ParkCatalog parks) {
		this.callers = callers;
		this.parkAccess = parkAccess;
		this.parks = parks;
	}

	/** The search, limited to what the caller may see. */
	EnterpriseRepository.Query restrict(EnterpriseRepository.Query q) {
		Caller c = callers.get();
		if (c.has(Role.CITY)) {
			return q;
		}
		Set<String> visibleParks = parks.all().stream().filter(parkAccess::canReadAsOffice).map(ParkView::code)
			.collect(Collectors.toSet());
		return q.within(visibleParks, c.scopes(Role.ENTERPRISE));
	}

	boolean canRead(Enterprise e) {
		Caller c = callers.get();
		return c.has(Role.CITY) || c.scopes(Role.ENTERPRISE).contains(e.creditCode())
				|| parks.find(e.parkCode()).filter(parkAccess::canReadAsOffice).isPresent();
	}

	/** CITY, or a PARK user of that park (or of the park it was merged into). */
	boolean canManageIn(String parkCode) {
		Caller c = callers.get();
		if (c.has(Role.CITY)) {
			return true;
		}
		return parks.find(parkCode)
			.filter(p -> c.scopes(Role.PARK).contains(p.code())
					|| (p.mergedInto() != null && c.scopes(Role.PARK).contains(p.mergedInto())))
			.isPresent();
	}

	/** CITY and PARK users import; the park of each row is checked too. */
	void checkImport() {
		Caller c = callers.get();
		if (!c.has(Role.CITY) && !c.has(Role.PARK)) {
			throw new Forbidden("access.enterpriseImport");
		}
	}

	void checkCreate(String parkCode) {
		if (!canManageIn(parkCode == null ? "" : parkCode)) {
			throw new Forbidden("access.enterpriseCreate", parkCode == null ? "" : parkCode);
		}
	}

	/**
	 * CITY and the park's own users change an enterprise; the enterprise itself may change its own record but not
	 * move it to another park.
	 */
	void checkUpdate(Enterprise existing, String newParkCode) {
		Caller c = callers.get();
		if (canManageIn(existing.parkCode()) && (newParkCode == null || canManageIn(newParkCode))) {
			return;
		}
		if (c.scopes(Role.ENTERPRISE).contains(existing.creditCode())
				&& (newParkCode == null || newParkCode.equals(existing.parkCode()))) {
			return;
		}
		throw new Forbidden("access.enterpriseUpdate", existing.creditCode());
	}
}
