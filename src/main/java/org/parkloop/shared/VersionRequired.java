package org.parkloop.shared;

/**
 * A replacement of a stored record came with neither {@code If-Match} nor {@code version}: it would overwrite
 * whatever others saved meanwhile, so it is refused (428) until the writer says which version it read.
 */
public class VersionRequired extends RuleViolation {

	public VersionRequired() {
		super("version.required");
	}
}
