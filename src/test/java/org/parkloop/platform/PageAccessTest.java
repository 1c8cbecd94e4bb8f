package org.parkloop.platform;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reading is open, writing needs the administrator, pages need a CSRF token, and the pages are in both languages. */
class PageAccessTest extends IntegrationTest {

	@Test
	void thePublicReadsTheProgrammesProgressInChineseOrEnglish() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("循环化改造总览")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Circular transformation overview")));
		mvc.perform(get("/goal-sets/1")).andExpect(status().isOk());
		mvc.perform(get("/parks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/enterprises")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aCityUserReadsTheRegistryPages() throws Exception {
		mvc.perform(get("/parks").with(signedIn("admin"))).andExpect(content().string(containsString("浙江瓯海经济开发区")));
		mvc.perform(get("/parks/zj-wz-binhai").with(signedIn("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("温州经济技术开发区")));
		mvc.perform(get("/parks/no-such-park").with(signedIn("admin"))).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("园区“no-such-park”不存在")));
		mvc.perform(get("/enterprises").with(signedIn("admin"))).andExpect(status().isOk());
	}

	@Test
	void pagesSendASecurityPolicyThatForbidsInlineScripts() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void formsForChangesNeedTheAdministrator() throws Exception {
		mvc.perform(get("/parks/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/parks/new").with(csrf()).param("code", "t-page")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/parks/t-page").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void aPagePostWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/parks/new").with(signedIn("admin"))
			.param("code", "t-csrf").param("nameZh", "无令牌").param("level", "PROVINCIAL").param("administeredBy", "鹿城区"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/parks/t-csrf").with(admin())).andExpect(status().isNotFound());
		mvc.perform(post("/parks/new").with(signedIn("admin")).with(csrf())
			.param("code", "t-csrf").param("nameZh", "有令牌").param("level", "PROVINCIAL").param("administeredBy", "鹿城区"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/parks/t-csrf"));
		mvc.perform(get("/api/v1/parks/t-csrf").with(admin())).andExpect(status().isOk());
	}

	@Test
	void aFormWithBadDataShowsEachProblemAndStoresNothing() throws Exception {
		mvc.perform(post("/parks/new").with(signedIn("admin")).with(csrf())
			.param("code", "t-form").param("nameZh", "表单").param("level", "PROVINCIAL").param("administeredBy", "鹿城区")
			.param("plannedAreaKm2", "-2").param("targetBatch", "二〇一七"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("规划面积（平方公里）：规划面积不能为负数（-2）")))
			.andExpect(content().string(containsString("目标批次")));
		mvc.perform(get("/api/v1/parks/t-form").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void theEditFormsShowTheStoredValues() throws Exception {
		mvc.perform(get("/parks/zj-ouhai-eda/edit").with(signedIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"18.37\"")))
			.andExpect(content().string(containsString("<option value=\"PROVINCIAL\" selected=\"selected\"")));
		mvc.perform(get("/goal-sets/1/edit").with(signedIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2015-12-31\"")))
			.andExpect(content().string(containsString("name=\"goals[7].batch\" value=\"2017\"")));
		mvc.perform(get("/enterprises/new").param("park", "zj-cangnan-ip").with(signedIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"zj-cangnan-ip\" selected=\"selected\"")));
	}

	@Test
	void aGoalSetFormWithBadGoalsShowsEachProblemAndKeepsTheSetAsItWas() throws Exception {
		mvc.perform(post("/goal-sets/1/edit").with(signedIn("admin")).with(csrf())
			.param("nameZh", "改坏的目标")
			.param("goals[0].kind", "SHARE_AT_LEAST").param("goals[0].deadline", "2015-12-31")
			.param("goals[0].minStatus", "IMPLEMENTING").param("goals[0].percent", "百分之五十")
			.param("goals[1].kind", "BATCH_AT_LEAST").param("goals[1].deadline", "2015-13-45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1个目标的比例（%）：“百分之五十”无法识别")))
			.andExpect(content().string(containsString("第2个目标的期限：“2015-13-45”无法识别")))
			.andExpect(content().string(containsString("第2个目标的批次：不能为空")));
		mvc.perform(get("/api/v1/programme/goal-sets/1").with(admin()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.goals.length()").value(8));
	}

	@Test
	void theImportPageListsEveryBadRowOrReportsWhatWasImported() throws Exception {
		var bad = new org.springframework.mock.web.MockMultipartFile("file", "parks.csv", "text/csv",
				"code,name_zh,level,administered_by_zh\npg-a,页面导入,PROVINCIAL,苍南县\npg-b,页面导入二,TOWN,苍南县\n"
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(multipart("/parks/import").file(bad).with(signedIn("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第3行，级别：未知的级别“TOWN”")));
		mvc.perform(get("/api/v1/parks/pg-a").with(admin())).andExpect(status().isNotFound());
		var good = new org.springframework.mock.web.MockMultipartFile("file", "parks.csv", "text/csv",
				"code,name_zh,level,administered_by_zh\npg-a,页面导入,PROVINCIAL,苍南县\n"
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(multipart("/parks/import").file(good).with(signedIn("admin")).with(csrf()))
			.andExpect(redirectedUrl("/parks"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("message", "导入完成：新增1条，更新0条。"));
	}

	@Test
	void theAdministratorSignsInWithThePasswordFromTheEnvironment() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/home"));
		mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("nobody").password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	/** Someone else saved the park while its form was open: nothing is saved, the input stays, the page says so. */
	@Test
	void aFormSavedOverSomeoneElsesChangeIsRefusedKeepingTheInput() throws Exception {
		mvc.perform(post("/api/v1/parks").with(admin()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"code\":\"pg-stale\",\"nameZh\":\"版本测试园区\",\"level\":\"PROVINCIAL\",\"administeredBy\":\"鹿城区\"}"))
			.andExpect(status().isCreated());
		String form = mvc.perform(get("/parks/pg-stale/edit").with(signedIn("admin"))).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/parks/pg-stale")
			.with(admin()).header("If-Match", "\"" + version + "\"").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"nameZh\":\"版本测试园区（他人改）\",\"level\":\"PROVINCIAL\",\"administeredBy\":\"鹿城区\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/parks/pg-stale/edit").with(signedIn("admin")).with(csrf()).param("version", version)
				.param("nameZh", "版本测试园区（我改）").param("level", "PROVINCIAL").param("administeredBy", "鹿城区")
				.param("note", "我写的说明"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此记录已被他人修改")))
			.andExpect(content().string(containsString("value=\"版本测试园区（我改）\"")))
			.andExpect(content().string(containsString("我写的说明")))
			.andExpect(content().string(containsString("id=\"reload-latest\"")))
			// saving again, after comparing, replaces the latest version deliberately
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (Long.parseLong(version) + 1) + "\"")));
		mvc.perform(get("/api/v1/parks/pg-stale").with(admin()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.nameZh").value("版本测试园区（他人改）"));
	}

	/** On a page with several forms, a refusal comes back to the form it belongs to, on the field, with what was typed. */
	@Test
	void aRefusedAccountFormMarksItsOwnFieldAndKeepsTheOthersClean() throws Exception {
		var refused = mvc.perform(post("/account/password").param("currentPassword", "not-my-password")
				.param("newPassword", "Quiet-harbor-99").with(signedIn("admin")).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("formFor", "password"))
			.andReturn();
		String page = mvc.perform(get("/account").cookie(refused.getResponse().getCookies()).with(signedIn("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(page).contains("id=\"error-currentPassword\"").contains("当前密码不正确");
		// the token form below it is not marked
		org.assertj.core.api.Assertions.assertThat(page.substring(page.indexOf("id=\"token-form\""))).doesNotContain("field-error");
		// the refusal travels in the (database-kept) session to the page shown next
		var token = mvc.perform(post("/account/tokens").param("name", "我的脚本").param("expires", "2000-01-01")
				.with(signedIn("admin")).with(csrf()))
			.andExpect(redirectedUrl("/account")).andReturn();
		mvc.perform(get("/account").cookie(token.getResponse().getCookies()).with(signedIn("admin")))
			.andExpect(content().string(containsString("id=\"error-expires\"")))
			.andExpect(content().string(containsString("value=\"我的脚本\"")));
	}

	/** An expired form (an old tab, the back button, a session that ended) is not a lack of permission. */
	@Test
	void anExpiredFormSaysSoAndAnExpiredSignInFormIsShownAgain() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD)
			.with(csrf().useInvalidToken()))
			.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login?expired")).andExpect(content().string(containsString("登录页面已过期")));
		mvc.perform(post("/parks/new").param("code", "pg-expired").with(signedIn("admin")).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
				.attribute("parkloop.error.message", "problem.expiredForm"));
	}
}
