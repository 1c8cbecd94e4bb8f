package org.parkloop.registry;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consultancies (R14): CITY registers, changes and imports them; their qualification is checked as a date. */
class ConsultancyTest extends IntegrationTest {

	static final String GOOD = CreditCode.complete("91330300MA2CQL01");
	static final String OTHER = CreditCode.complete("91330300MA2CQL02");
	static final String THIRD = CreditCode.complete("91330300MA2CQL03");

	@Test
	void cityRegistersAConsultancyAndChangesItWithTheVersionRead() throws Exception {
		mvc.perform(post("/api/v1/consultancies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"温州测试工程咨询有限公司","grade":"乙级","certificateNumber":"工咨乙21330001",
				 "certificateValidUntil":"2027-06-30"}""".formatted(GOOD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.grade").value("B"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(post("/api/v1/consultancies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"重复","grade":"A","certificateNumber":"x","certificateValidUntil":"2027-06-30"}"""
			.formatted(GOOD))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		mvc.perform(post("/api/v1/consultancies").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"91330300MA2CQL0100","name":"","grade":"D","certificateNumber":"","certificateValidUntil":null}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("creditCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("grade")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("甲级、乙级或丙级"))))
			.andExpect(jsonPath("$.errors[*].field", hasItem("certificateValidUntil")));
		mvc.perform(put("/api/v1/consultancies/" + GOOD).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"温州测试工程咨询有限公司","grade":"A","certificateNumber":"工咨甲21330001","certificateValidUntil":"2028-06-30"}"""))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/consultancies/" + GOOD).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"温州测试工程咨询有限公司","grade":"A","certificateNumber":"工咨甲21330001","certificateValidUntil":"2028-06-30","version":0}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("A")).andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/consultancies/" + GOOD).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"旧的读取","grade":"C","certificateNumber":"x","certificateValidUntil":"2028-06-30","version":0}"""))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/consultancies/" + GOOD).with(admin())).andExpect(jsonPath("$.name").value("温州测试工程咨询有限公司"));
	}

	@Test
	void anImportIsAllOrNothingAndThePageShowsWhoMayCompilePlansToday() throws Exception {
		String bad = "统一社会信用代码,单位名称,资质等级,资质证书编号,证书有效期至\n"
				+ OTHER + ",测试规划院,甲级,工咨甲1,2030-01-01\n"
				+ THIRD + ",测试设计所,丁级,工咨丁1,2030-01-01\n";
		mvc.perform(multipart("/api/v1/consultancies/import").file(new MockMultipartFile("file", "c.csv", "text/csv",
				bad.getBytes(StandardCharsets.UTF_8))).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("grade"));
		mvc.perform(get("/api/v1/consultancies").with(admin())).andExpect(jsonPath("$[*].creditCode",
				org.hamcrest.Matchers.not(hasItem(OTHER))));
		String good = bad.replace("丁级", "丙级").replace("2030-01-01\n" , "2030-01-01\n").replace(THIRD + ",测试设计所,丙级,工咨丁1,2030-01-01",
				THIRD + ",测试设计所,丙级,工咨丙1,2020-01-01");
		mvc.perform(multipart("/api/v1/consultancies/import").file(new MockMultipartFile("file", "c.csv", "text/csv",
				good.getBytes(StandardCharsets.UTF_8))).with(admin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		mvc.perform(get("/consultancies").with(signedIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测试规划院")))
			.andExpect(content().string(containsString("丙级")));

		// CITY links a consultant user to the consultancy on its page; an expert user is refused, naming the field
		mvc.perform(post("/api/v1/users").with(admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"username\":\"cons-member\",\"password\":\"Member-pw-2026\",\"grants\":[\"CONSULTANT:wz-etdz\"]}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/consultancies/" + OTHER + "/members").param("username", "cons-member").with(signedIn("admin"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "已关联用户"));
		mvc.perform(post("/consultancies/" + OTHER + "/members").param("username", "admin").with(signedIn("admin"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(flash().attribute("error", containsString("用户名")));
		mvc.perform(get("/consultancies/" + OTHER + "/edit").with(signedIn("admin")))
			.andExpect(content().string(containsString("cons-member")));
		mvc.perform(get("/api/v1/consultancies/" + OTHER + "/members").with(admin()))
			.andExpect(jsonPath("$[0].username").value("cons-member"));
	}

	@Test
	void cityKeepsTheProfilesOfExpertUsers() throws Exception {
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"cq-expert\",\"password\":\"Expert-pw-2026-x\",\"grants\":[\"EXPERT\"]}"))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/experts/cq-expert").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"affiliationCreditCode":"%s","speciality":"循环经济规划"}""".formatted(GOOD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.affiliationCreditCode").value(GOOD))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put("/api/v1/experts/cq-expert").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"affiliationParkCode":"wz-etdz","speciality":"环境工程"}"""))
			.andExpect(status().isPreconditionRequired());
		mvc.perform(put("/api/v1/experts/cq-expert").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"affiliationParkCode":"no-such-park","speciality":"环境工程","version":0}"""))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("affiliationParkCode"));
		mvc.perform(put("/api/v1/experts/cq-expert").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"affiliationParkCode":"wz-etdz","speciality":"环境工程","version":0}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.affiliationParkCode").value("wz-etdz"))
			.andExpect(jsonPath("$.affiliationCreditCode").doesNotExist());
		mvc.perform(put("/api/v1/experts/admin").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/experts/cq-expert").with(admin())).andExpect(jsonPath("$.speciality").value("环境工程"));

		// the same on the experts' page: the version read travels with the form; a user name of no expert is refused there
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		mvc.perform(post("/experts").with(signedIn("admin")).with(csrf).param("username", "cq-expert")
			.param("affiliationParkCode", "wz-hitech").param("speciality", "能源").param("version", "1"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", containsString("cq-expert")));
		mvc.perform(post("/experts").with(signedIn("admin")).with(csrf).param("username", "admin").param("speciality", "能源"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("form"));
		mvc.perform(get("/experts").with(signedIn("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("能源")));
	}
}
