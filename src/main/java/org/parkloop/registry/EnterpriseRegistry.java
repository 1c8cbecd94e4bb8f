package org.parkloop.registry;

import java.util.List;

/** Enterprises, for the identity module's self-registration. */
public interface EnterpriseRegistry {

	/** A self-registered enterprise, approved by its park. */
	record NewEnterprise(String creditCode, String name, String parkCode, String industryCode, String size) {
	}

	boolean exists(String creditCode);

	/** An enterprise as other modules list it. */
	record Listed(String creditCode, String name) {
	}

	/** The enterprises of a park (all of them: for the park's offices, e.g. to build its material flow model). */
	List<Listed> in(String parkCode);

	/** The enterprises of a park registered on the platform by the end of the day. */
	List<Listed> registeredBy(String parkCode, java.time.LocalDate date);

	List<Industry> industries();

	/**
	 * Where an enterprise is and what it does, for the exchange: published on the platform as the party behind an
	 * offer or a need (no scope check: name, park, industry and place are what the exchange publishes).
	 */
	record Profile(String creditCode, String name, String parkCode, String industryCode, Double latitude,
			Double longitude) {
	}

	java.util.Optional<Profile> profile(String creditCode);

	/** The profiles of every enterprise of these parks (one query: for maps and spatial checks of many parks). */
	List<Profile> profilesIn(java.util.Collection<String> parkCodes);

	/** The profiles of these enterprises, by credit code. */
	java.util.Map<String, Profile> profiles(java.util.Collection<String> creditCodes);

	/** Registers the enterprise as the current caller (who must be allowed to register enterprises in its park). */
	void register(NewEnterprise enterprise);

	/** The problems with an enterprise's data, before it is stored (field names as in {@link NewEnterprise}). */
	List<org.parkloop.shared.FieldProblem> problems(NewEnterprise enterprise);
}
