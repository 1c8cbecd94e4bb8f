package org.parkloop.registry;

import java.util.List;
import java.util.Optional;

/** The parks, for other modules. */
public interface ParkCatalog {

	/** All parks in their list order. */
	List<ParkView> all();

	Optional<ParkView> find(String code);
}
