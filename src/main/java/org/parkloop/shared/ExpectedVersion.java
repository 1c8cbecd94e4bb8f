package org.parkloop.shared;

/**
 * The version of a record a writer read and means to change (optimistic locking, docs/conventions.md): from the
 * request's {@code If-Match} header (a stale one answers 412), or from the {@code version} the body or form carries
 * (a stale one answers 409). {@link #ANY} changes whatever is stored: actions guarded by the record's state (a
 * deal's transitions) and {@code If-Match: *}. {@link #MISSING}: a replacement that named no version, refused with
 * 428 once its input has been checked.
 */
public record ExpectedVersion(Long version, Source source) {

	public enum Source {
		IF_MATCH, BODY, ANY, MISSING
	}

	public static final ExpectedVersion ANY = new ExpectedVersion(null, Source.ANY);

	public static final ExpectedVersion MISSING = new ExpectedVersion(null, Source.MISSING);

	public static ExpectedVersion body(long version) {
		return new ExpectedVersion(version, Source.BODY);
	}

	public static ExpectedVersion ifMatch(long version) {
		return new ExpectedVersion(version, Source.IF_MATCH);
	}

	/** The version a form or body carried, or {@link #MISSING}. */
	public static ExpectedVersion body(Long version) {
		return version == null ? MISSING : body(version.longValue());
	}
}
