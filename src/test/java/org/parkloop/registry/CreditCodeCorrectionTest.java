package org.parkloop.registry;

import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Codes that pass the mod-31 check but not the organisation-code check inside (GB 11714): refused when new, listed
 * for correction when stored before the check existed, and corrected with everything that names them.
 */
class CreditCodeCorrectionTest extends IntegrationTest {

	/** Passes GB 32100's mod-31 check; its organisation code 71610585-3 should end in 2 (a typo). */
	static final String TYPO = "91330100716105853" + CreditCode.checkCharacter("91330100716105853");

	static final String RIGHT = "91330100716105852F";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTypoThatPassesTheMod31CheckIsRefusedWhenNew() throws Exception {
		assertThat(CreditCode.check(TYPO.substring(0, 17) + CreditCode.checkCharacter(TYPO.substring(0, 17))))
			.isEqualTo(CreditCode.Problem.ORGANISATION_CHECK);
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"错码公司","parkCode":"zj-pingyang-eda","industryCode":"21","size":"SMALL"}"""
			.formatted(TYPO)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("组织机构代码（第9–17位）的校验码不正确")));
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"错码公司","parkCode":"zj-pingyang-eda","industryCode":"21","size":"SMALL"}"""
			.formatted("94330100716105852" + CreditCode.checkCharacter("94330100716105852"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("机构类别代码")));
	}

	@Test
	void aStoredBadCodeIsListedStaysEditableAndIsCorrectedEverywhere() throws Exception {
		String wrong = "91330100716105863" + CreditCode.checkCharacter("91330100716105863");
		String right = CreditCode.complete("9133010071610586");
		jdbc.sql("""
				insert into enterprise (credit_code, name, park_code, industry_code, size)
				values (?, '旧码企业有限公司', 'zj-ruian-eda', '36', 'SMALL')""").param(wrong).update();
		long listing = jdbc.sql("""
				insert into exchange_listing (kind, enterprise, park_code, title, quantity, period, max_distance_km,
				    latitude, longitude, created_by)
				values ('NEED', ?, 'zj-ruian-eda', '求购废钢', 10, 'YEAR', 50, 27.78, 120.65, 'legacy') returning id""")
			.param(wrong).query(Long.class).single();
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"legacy-enterprise","password":"Legacy-pw-2026-x","grants":["ENTERPRISE:%s"]}"""
			.formatted(wrong))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"legacy-other-park","password":"Legacy-pw-2026-y","grants":["PARK:zj-pingyang-eda"]}"""))
			.andExpect(status().isCreated());

		// listed, for the city and the park (not for another park), with the reason; the record stays editable
		mvc.perform(get("/api/v1/enterprises/credit-code-problems").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.creditCode == '%s')].problem".formatted(wrong)).value("ORGANISATION_CHECK"))
			.andExpect(jsonPath("$[?(@.creditCode == '%s')].message".formatted(wrong))
				.value(hasItem(containsString("GB 11714"))));
		mvc.perform(get("/api/v1/enterprises/credit-code-problems").with(signedIn("legacy-other-park")))
			.andExpect(jsonPath("$[*].creditCode").value(not(hasItem(wrong))));
		mvc.perform(get("/enterprises").with(signedIn("admin")))
			.andExpect(content().string(containsString("wrong-codes-banner")));
		mvc.perform(get("/enterprises/credit-code-problems").with(signedIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("旧码企业有限公司")));
		mvc.perform(put("/api/v1/enterprises/" + wrong).header("If-Match", "\"0\"").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"旧码企业股份有限公司","parkCode":"zj-ruian-eda","industryCode":"36","size":"SMALL"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		// refused: a bad new code, a stale version, a code already taken; nothing changes
		mvc.perform(post("/api/v1/enterprises/" + wrong + "/credit-code").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"creditCode\":\"%s\",\"version\":1}".formatted(TYPO)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		mvc.perform(post("/api/v1/enterprises/" + wrong + "/credit-code").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"creditCode\":\"%s\",\"version\":0}".formatted(right)))
			.andExpect(status().isConflict());
		String taken = CreditCode.complete("91330381MA2CCT01");
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"已登记企业","parkCode":"zj-ruian-eda","industryCode":"36","size":"SMALL"}"""
			.formatted(taken))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/enterprises/" + wrong + "/credit-code").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"creditCode\":\"%s\",\"version\":1}".formatted(taken)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/enterprises/" + wrong + "/credit-code").with(signedIn("legacy-enterprise"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"creditCode\":\"%s\",\"version\":1}".formatted(right)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select enterprise from exchange_listing where id = ?").param(listing).query(String.class)
			.single()).isEqualTo(wrong);

		// corrected: the record, its listing and its user follow; the old code is gone
		mvc.perform(post("/api/v1/enterprises/" + wrong + "/credit-code").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"creditCode\":\"%s\",\"version\":1}".formatted(right)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditCode").value(right))
			.andExpect(jsonPath("$.name").value("旧码企业股份有限公司"))
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/enterprises/" + wrong).with(admin())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select enterprise from exchange_listing where id = ?").param(listing).query(String.class)
			.single()).isEqualTo(right);
		mvc.perform(get("/api/v1/enterprises/" + right).with(signedIn("legacy-enterprise"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/enterprises/credit-code-problems").with(admin()))
			.andExpect(jsonPath("$[*].creditCode").value(not(hasItem(wrong))));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CORRECT_CODE' and entity_id = ?")
			.param(right).query(Integer.class).single()).isEqualTo(1);
	}
}
