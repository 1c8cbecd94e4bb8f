package org.parkloop.identity.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' policy lets in the images of a configured tile layer, and nothing else from outside. */
class ContentSecurityPolicyTest {

	@Test
	void onlyTheConfiguredTileHostIsAllowedForImages() {
		assertThat(SecurityConfiguration.csp("")).contains("img-src 'self' data:;").doesNotContain("http");
		assertThat(SecurityConfiguration.csp(null)).contains("img-src 'self' data:;");
		assertThat(SecurityConfiguration.csp(
				"https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY"))
			.contains("img-src 'self' data: https://*.tianditu.gov.cn;");
		assertThat(SecurityConfiguration.csp("https://tiles.example.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: https://tiles.example.org;");
		assertThat(SecurityConfiguration.csp("javascript:alert(1)")).contains("img-src 'self' data:;");
		assertThat(SecurityConfiguration.csp("https://x.org/{z}")).contains("script-src 'self';");
	}
}
