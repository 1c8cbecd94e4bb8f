package org.parkloop.platform;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON a page embeds in a {@code <script type="application/json">} element for its scripts (the CSP forbids inline
 * script): "<", ">" and "&" are written as Unicode escapes, so that no text in the data (a name, a comment) can end the
 * element early or open a comment, and the parsed value is the same.
 */
public final class ScriptJson {

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	private ScriptJson() {
	}

	/** With the application's mapper (its date and number settings). */
	public static String of(JsonMapper json, Object value) {
		return escape(json.writeValueAsString(value));
	}

	/** With a plain mapper, for simple values (strings, maps of strings). */
	public static String of(Object value) {
		return of(PLAIN, value);
	}

	private static String escape(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}
}
