package org.parkloop.indicators.catalogue;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CITY adds a definition and changes it by versions valid from a later year; past years keep their formula. */
class DefinitionChangesTest extends IntegrationTest {

	private static final String BODY = """
			{"code":"%s","nameZh":"测试产出率","nameEn":"Test productivity","formula":"%s","unit":"万元/tce",
			 "direction":"HIGHER_IS_BETTER","source":"发改环资〔2016〕2749号","validFrom":%d%s}""";

	private String body(String code, String formula, int validFrom, String extra) {
		return BODY.formatted(code, formula, validFrom, extra);
	}

	@Test
	void aDefinitionIsAddedAndChangedFromAYear() throws Exception {
		mvc.perform(post("/api/v1/indicators/definitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(body("TEST_PRODUCTIVITY", "value_added / energy_consumption", 2014, "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.validFrom").value(2014));
		mvc.perform(post("/api/v1/indicators/definitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(body("TEST_PRODUCTIVITY", "value_added / energy_consumption", 2014, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(post("/api/v1/indicators/definitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(body("TEST_OTHER", "value_added / steel", 2014, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("formula"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("第15个字符处的“steel”不是数据项代码")));

		String revised = body("TEST_PRODUCTIVITY", "gross_output / energy_consumption", 2020, ",\"version\":%s");
		mvc.perform(put("/api/v1/indicators/definitions/TEST_PRODUCTIVITY").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(body("TEST_PRODUCTIVITY", "gross_output / energy_consumption", 2014, ",\"version\":1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(put("/api/v1/indicators/definitions/TEST_PRODUCTIVITY").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(body("TEST_PRODUCTIVITY", "gross_output / energy_consumption", 2020, "")))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/indicators/definitions/TEST_PRODUCTIVITY").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(revised.formatted(0)))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/indicators/definitions/TEST_PRODUCTIVITY").with(admin()).header("If-Match", "\"7\"")
			.contentType(MediaType.APPLICATION_JSON).content(body("TEST_PRODUCTIVITY", "gross_output / energy_consumption", 2020, "")))
			.andExpect(status().isPreconditionFailed());
		mvc.perform(put("/api/v1/indicators/definitions/TEST_PRODUCTIVITY").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(revised.formatted(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.formula").value("gross_output / energy_consumption"));

		mvc.perform(get("/api/v1/indicators/definitions?year=2019").with(admin()))
			.andExpect(jsonPath("$[?(@.code == 'TEST_PRODUCTIVITY')].formula").value("value_added / energy_consumption"));
		mvc.perform(get("/api/v1/indicators/definitions?year=2020").with(admin()))
			.andExpect(jsonPath("$[?(@.code == 'TEST_PRODUCTIVITY')].formula").value("gross_output / energy_consumption"));
		mvc.perform(put("/api/v1/indicators/definitions/NO_SUCH").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(revised.formatted(1))).andExpect(status().isNotFound());
	}
}
