package org.parkloop.registry.park;

import java.util.Set;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class ParkScope implements ParkAccess {

	private final ParkRepository parks;
	private final CurrentCaller callers;
	private final JdbcClient jdbc;

	ParkScope(ParkRepository parks, CurrentCaller callers, JdbcClient jdbc) {
		this.parks = parks;
		this.callers = callers;
		this.jdbc = jdbc;
	}

	@Override
	public boolean canRead(ParkView park) {
		return canRead(callers.get(), park);
	}

	@Override
	public boolean canReadAsOffice(ParkView park) {
		return canRead(callers.get(), park, Set.of());
	}

	static boolean canRead(Caller c, ParkView park, Set<String> enterpriseParks) {
		if (c.has(Role.CITY)) {
			return true;
		}
		if (c.scopes(Role.COUNTY).contains(park.administeredBy())) {
			return true;
		}
		for (Role role : new Role[] { Role.PARK, Role.CONSULTANT }) {
			Set<String> own = c.scopes(role);
			if (own.contains(park.code()) || (park.mergedInto() != null && own.contains(park.mergedInto()))) {
				return true;
			}
		}
		return enterpriseParks.contains(park.code());
	}

	private boolean canRead(Caller c, ParkView park) {
		Set<String> enterpriseParks = c.has(Role.ENTERPRISE) ? parksOf(c.scopes(Role.ENTERPRISE)) : Set.of();
		return canRead(c, park, enterpriseParks);
	}

	/** The parks an enterprise user's enterprises are in. */
	private Set<String> parksOf(Set<String> creditCodes) {
		return Set.copyOf(jdbc.sql("select park_code from enterprise where credit_code = any(?)")
			.param(creditCodes.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	@Override
	public ParkView checkRead(String parkCode) {
		ParkView park = parks.find(parkCode).orElseThrow(() -> new NotFound("park.notFound", parkCode));
		if (!canRead(park)) {
			throw new Forbidden("access.park", parkCode);
		}
		return park;
	}

	@Override
	public void checkCity() {
		if (!callers.get().has(Role.CITY)) {
			throw new Forbidden("access.cityOnly");
		}
	}
}
