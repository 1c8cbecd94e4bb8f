package org.parkloop.shared;

/**
 * Someone else changed the record since the writer read it: nothing was changed. The API answers 412 when the
 * expectation came from {@code If-Match}, else 409, with the stored version as {@code currentVersion}; a page keeps
 * the user's input and asks them to reload.
 */
public class StaleVersion extends RuleViolation {

	private final transient ExpectedVersion expected;
	private final long currentVersion;

	public StaleVersion(ExpectedVersion expected, long currentVersion) {
		super("version.stale", expected.version(), currentVersion);
		this.expected = expected;
		this.currentVersion = currentVersion;
	}

	public ExpectedVersion expected() {
		return expected;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
