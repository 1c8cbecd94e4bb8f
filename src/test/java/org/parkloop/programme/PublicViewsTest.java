package org.parkloop.programme;


import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public's pages: no session per reader, kept rendered, and never stale after a write. */
class PublicViewsTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	@Test
	void anonymousReadsMakeNoSession() throws Exception {
		long before = sessions();
		for (String path : new String[] { "/", "/?lang=zh_CN", "/goal-sets", "/goal-sets/1", "/help",
				"/api/v1/programme/goal-sets/1/evaluation" }) {
			mvc.perform(get(path)).andExpect(status().isOk()).andExpect(cookie().doesNotExist("SESSION"));
		}
		assertThat(sessions()).isEqualTo(before);
		// whereas a form (here the sign-in form's CSRF token) needs one
		mvc.perform(get("/login")).andExpect(cookie().exists("SESSION"));
		assertThat(sessions()).isEqualTo(before + 1);
	}

	@Test
	void thePublicDashboardIsKeptUntilAWriteChangesWhatItShows() throws Exception {
		mvc.perform(post("/api/v1/parks").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"pv-cache","nameZh":"缓存测试园区","level":"PROVINCIAL","administeredBy":"鹿城区"}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/")).andExpect(content().string(containsString("缓存测试园区")));
		mvc.perform(get("/")).andExpect(header().string("X-Cache", "HIT"))
			.andExpect(content().string(containsString("缓存测试园区")));

		// a rename through the API: the next reader gets the page rendered again
		mvc.perform(put("/api/v1/parks/pv-cache").header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"nameZh":"缓存测试园区（更名）","level":"PROVINCIAL","administeredBy":"鹿城区"}"""))
			.andExpect(status().isOk());
		mvc.perform(get("/")).andExpect(header().string("X-Cache", "MISS"))
			.andExpect(content().string(containsString("缓存测试园区（更名）")));

		// a transition (another module's table) too
		String today = "2019-06-01"; // history entered by hand, before the go-live date
		mvc.perform(post("/api/v1/parks/pv-cache/transitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"PLAN_COMPILING\",\"effectiveDate\":\"" + today + "\"}"))
			.andExpect(status().isCreated());
		String page = mvc.perform(get("/")).andExpect(header().string("X-Cache", "MISS"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String row = page.substring(page.indexOf("缓存测试园区（更名）"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("方案编制中");

		// a write straight into the database (an import, another node) is seen as well
		jdbc.sql("update park set name_zh = '缓存测试园区（库内）' where code = 'pv-cache'").update();
		mvc.perform(get("/")).andExpect(content().string(containsString("缓存测试园区（库内）")));

		// the signed-in get their own rendering, with their header
		mvc.perform(get("/").with(signedIn("admin"))).andExpect(header().doesNotExist("X-Cache"))
			.andExpect(content().string(containsString("id=\"account-link\"")));
		mvc.perform(get("/")).andExpect(content().string(not(containsString("id=\"account-link\""))));
	}
}
