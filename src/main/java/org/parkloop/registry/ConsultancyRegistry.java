package org.parkloop.registry;

import java.util.Optional;

/** The consultancies, for the plans that name the one compiling them (R14). */
public interface ConsultancyRegistry {

	Optional<Consultancy> find(String creditCode);

	/** Every consultancy, by grade and name (for a park choosing one). */
	java.util.List<Consultancy> all();
}
