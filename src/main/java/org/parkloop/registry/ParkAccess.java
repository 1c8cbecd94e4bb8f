package org.parkloop.registry;

import java.util.function.Predicate;

/**
 * What the current caller may see and change of the parks. CITY: every park. COUNTY: the parks its unit administers.
 * PARK and CONSULTANT: their park and the parks merged into it. ENTERPRISE: the park it is in. ADMIN (alone),
 * EXPERT and the public: none (the public sees the programme's progress, not the registry).
 */
public interface ParkAccess {

	boolean canRead(ParkView park);

	/**
	 * Whether the caller sees the park through an office role (CITY, COUNTY, PARK, CONSULTANT) rather than as an
	 * enterprise in it: only an office sees a park's enterprises.
	 */
	boolean canReadAsOffice(ParkView park);

	/** The park, if it exists and the caller may see it; else NotFound or Forbidden with the reason. */
	ParkView checkRead(String parkCode);

	/** The park, if the caller sees it as an office ({@link #canReadAsOffice}); else NotFound or Forbidden. */
	default ParkView checkReadAsOffice(String parkCode) {
		ParkView park = checkRead(parkCode);
		if (!canReadAsOffice(park)) {
			throw new org.parkloop.shared.Forbidden("access.park", parkCode);
		}
		return park;
	}

	default Predicate<ParkView> readable() {
		return this::canRead;
	}

	/** Only CITY users decide on the registry, the programme's goals and the parks' status. */
	void checkCity();
}
