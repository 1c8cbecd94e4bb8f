package org.parkloop.materialflow;

import java.util.Optional;

/** The parks' material flow models as other modules refer to them (a plan rests on its base year's model, R14). */
public interface ParkModelIndex {

	/** A model that is not in the recycle bin: its park, year, scenario and name. */
	record ModelRef(long id, String parkCode, int year, String scenario, String name) {
	}

	Optional<ModelRef> find(long id);
}
