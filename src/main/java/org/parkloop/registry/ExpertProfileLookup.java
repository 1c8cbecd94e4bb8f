package org.parkloop.registry;

import java.util.Optional;

/** The affiliation of an expert (R15), for the review of plans to refuse an expert of the consultancy or the park. */
public interface ExpertProfileLookup {

	/** Where an expert works: an organisation's credit code and/or a park's code (null when none). */
	record Affiliation(String creditCode, String parkCode) {
	}

	/** The expert's affiliation as kept in the registry, if a profile exists. */
	Optional<Affiliation> affiliation(String username);
}
