package org.parkloop.exchange.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a deal, and how: the parties (enterprise users of the supplier or the receiver) in full; the offices of
 * either party's park, and CITY, without its price; nobody else.
 */
@Component
class DealAudience {

	private final EnterpriseRegistry enterprises;
	private final ParkAccess parkAccess;
	private final ParkCatalog parks;
	private final CurrentCaller callers;

	DealAudience(EnterpriseRegistry enterprises, ParkAccess parkAccess, ParkCatalog parks, CurrentCaller callers) {
		this.enterprises = enterprises;
		this.parkAccess = parkAccess;
		this.parks = parks;
		this.callers = callers;
	}

	/** The caller's own enterprises. */
	Set<String> own() {
		return callers.get().scopes(Role.ENTERPRISE);
	}

	/** The parks whose deals the caller reads as an office, or null for CITY (every park). */
	String[] officeParks() {
		if (callers.get().has(Role.CITY)) {
			return null;
		}
		return parks.all().stream().filter(parkAccess::canReadAsOffice).map(ParkView::code).toArray(String[]::new);
	}

	/** The caller's enterprise among the two, or null when the caller is neither. */
	String partyOf(String supplier, String receiver) {
		Set<String> own = own();
		return own.contains(supplier) ? supplier : own.contains(receiver) ? receiver : null;
	}

	/** Whether the caller sees the deal (named, see {@link #named}). */
	boolean sees(Deal d) {
		return d.party() || callers.get().has(Role.CITY) || readableAsOffice(d.supplierPark())
				|| readableAsOffice(d.receiverPark());
	}

	private boolean readableAsOffice(String park) {
		return parks.find(park).filter(parkAccess::canReadAsOffice).isPresent();
	}

	/** Names the parties, marks the caller's own, and hides the price from everyone else. */
	List<Deal> named(List<Deal> deals) {
		List<String> codes = new ArrayList<>();
		deals.forEach(d -> {
			codes.add(d.supplier());
			codes.add(d.receiver());
		});
		Map<String, EnterpriseRegistry.Profile> names = enterprises.profiles(codes);
		Set<String> own = own();
		return deals.stream().map(d -> {
			boolean party = own.contains(d.supplier()) || own.contains(d.receiver());
			return d.seenAs(name(names, d.supplier()), name(names, d.receiver()), party);
		}).toList();
	}

	static String name(Map<String, EnterpriseRegistry.Profile> names, String code) {
		return names.containsKey(code) ? names.get(code).name() : code;
	}
}
