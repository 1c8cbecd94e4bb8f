package org.parkloop.platform;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What was typed goes back to the page as JSON in a script element ({@link ScriptJson}, as every page embeds its data):
 * it parses back exactly and cannot end the element.
 */
class PageActionTest {

	@Test
	void typedTextIsQuotedForAScriptElement() {
		String typed = "</script><script>alert(\"x\")</script> \\ 第一行\n第二行\u2028";
		String quoted = ScriptJson.of(typed);
		assertThat(quoted).doesNotContain("<").doesNotContain(">").doesNotContain("\n");
		assertThat(JsonMapper.builder().build().readValue(quoted, String.class)).isEqualTo(typed);
	}
}
