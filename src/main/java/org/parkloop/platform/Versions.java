package org.parkloop.platform;

import org.parkloop.shared.ExpectedVersion;

/** What a request says about the version it read: its {@code If-Match} header, else the body's {@code version}. */
public final class Versions {

	private Versions() {
	}

	/** For a replacement (a PUT, an edit form): without either, {@link ExpectedVersion#MISSING}. */
	public static ExpectedVersion of(String ifMatch, Long bodyVersion) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			return fromIfMatch(ifMatch.trim());
		}
		return ExpectedVersion.body(bodyVersion);
	}

	/** For an action guarded by the record's state: without either, whatever is stored. */
	public static ExpectedVersion ofAction(String ifMatch, Long bodyVersion) {
		ExpectedVersion e = of(ifMatch, bodyVersion);
		return e.source() == ExpectedVersion.Source.MISSING ? ExpectedVersion.ANY : e;
	}

	/** The version a page's form carried in its hidden {@code version} input. */
	public static ExpectedVersion ofForm(java.util.Map<String, String> form) {
		String v = form.get("version");
		try {
			return v == null || v.isBlank() ? ExpectedVersion.MISSING : ExpectedVersion.body(Long.parseLong(v.trim()));
		}
		catch (NumberFormatException e) {
			return ExpectedVersion.body(-1L);
		}
	}

	/** The ETag of a version: strong, as If-Match compares strongly. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** {@code *} matches any stored version; a tag this server never issued (a weak one too) matches none. */
	private static ExpectedVersion fromIfMatch(String header) {
		if (header.equals("*")) {
			return ExpectedVersion.ANY;
		}
		String tag = header.split(",")[0].trim();
		if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			try {
				return ExpectedVersion.ifMatch(Long.parseLong(tag.substring(1, tag.length() - 1)));
			}
			catch (NumberFormatException e) {
				// not one of ours
			}
		}
		return ExpectedVersion.ifMatch(-1);
	}
}
