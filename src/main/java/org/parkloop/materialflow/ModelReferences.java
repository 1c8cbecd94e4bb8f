package org.parkloop.materialflow;

import java.util.Optional;

/**
 * A record of another module that rests on a park's material flow model (a plan's base-year model, a report's
 * figures): while one does, the model cannot be deleted. Modules that keep such links provide a bean.
 */
public interface ModelReferences {

	/** What refers to the model, in the reader's language ("方案 2016 年修订版"), or empty. */
	Optional<String> referenceTo(long modelId);
}
