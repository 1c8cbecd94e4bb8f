package org.parkloop.identity;

import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.ParkLoopApplication;
import org.parkloop.support.FreshDataDirectory;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Users, passwords, lockout, tokens, self-registration, sessions and the audit trail. */
class IdentityTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private void createUser(String username, String password, String grant) throws Exception {
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}".formatted(username, password, grant)))
			.andExpect(status().isCreated());
	}

	private ResultActions me(String username, String password) throws Exception {
		return mvc.perform(get("/api/v1/me").with(httpBasic(username, password)));
	}

	@Test
	void fiveFailedSignInsLockTheAccountForFifteenMinutes() throws Exception {
		createUser("lock-me", "Quiet-harbor-71", "EXPERT");
		me("lock-me", "Quiet-harbor-71").andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			me("lock-me", "wrong-password-" + i).andExpect(status().isUnauthorized());
		}
		me("lock-me", "Quiet-harbor-71").andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from app_user where username = 'lock-me'")
			.query(Boolean.class).single()).isTrue();
		mvc.perform(formLogin("/login").user("lock-me").password("Quiet-harbor-71")).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?error"));
		// fifteen minutes later
		jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = 'lock-me'").update();
		me("lock-me", "Quiet-harbor-71").andExpect(status().isOk());
		me("lock-me", "wrong-password").andExpect(status().isUnauthorized());
		me("lock-me", "Quiet-harbor-71").andExpect(status().isOk());
	}

	@Test
	void unknownUsersAndWrongPasswordsGetTheSameAnswer() throws Exception {
		createUser("known-user", "Quiet-harbor-72", "EXPERT");
		String wrong = me("known-user", "not-the-password").andExpect(status().isUnauthorized())
			.andReturn().getResponse().getContentAsString();
		String unknown = me("no-such-user", "not-the-password").andExpect(status().isUnauthorized())
			.andReturn().getResponse().getContentAsString();
		// the same answer but for the request's own id
		String id = "\"requestId\":\"[^\"]*\"";
		assertThat(unknown.replaceAll(id, "")).isEqualTo(wrong.replaceAll(id, "")).contains("401");
	}

	@Test
	void passwordsAreHashedLongAndUncommon() throws Exception {
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"weak\",\"password\":\"password123\",\"grants\":[\"EXPERT\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("密码：这是常见密码，容易被猜中，请换一个"));
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"short\",\"password\":\"Sh0rt!pw\",\"grants\":[\"EXPERT\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("密码：密码至少需要10个字符"));
		createUser("hashed", "Quiet-harbor-73", "EXPERT");
		String hash = jdbc.sql("select password_hash from app_user where username = 'hashed'").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("Quiet-harbor-73");

		mvc.perform(post("/api/v1/me/password").with(httpBasic("hashed", "Quiet-harbor-73"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\":\"nope\",\"newPassword\":\"New-pw-2026-xyz\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		mvc.perform(post("/api/v1/me/password").with(httpBasic("hashed", "Quiet-harbor-73"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"Quiet-harbor-73\",\"newPassword\":\"New-pw-2026-xyz\"}"))
			.andExpect(status().isNoContent());
		me("hashed", "Quiet-harbor-73").andExpect(status().isUnauthorized());
		me("hashed", "New-pw-2026-xyz").andExpect(status().isOk());
	}

	@Test
	void aCityUserCannotGrantAdministratorAndOnlyAnAdministratorDisablesUsers() throws Exception {
		createUser("city-officer", "Quiet-harbor-74", "CITY");
		mvc.perform(post("/api/v1/users").with(httpBasic("city-officer", "Quiet-harbor-74"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"sneaky\",\"password\":\"Quiet-harbor-79\",\"grants\":[\"ADMIN\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grants"));
		mvc.perform(post("/api/v1/users").with(httpBasic("city-officer", "Quiet-harbor-74"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"park-user\",\"password\":\"Quiet-harbor-80\",\"grants\":[\"PARK:no-such-park\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("角色：“PARK:no-such-park”中的园区不存在"));
		mvc.perform(post("/api/v1/users/city-officer/disable").with(httpBasic("city-officer", "Quiet-harbor-74")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users/city-officer/disable").with(admin())).andExpect(status().isNoContent());
		me("city-officer", "Quiet-harbor-74").andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/admin/disable").with(admin())).andExpect(status().isBadRequest());
	}

	@Test
	void anAdministratorResetsAPasswordWhichMustBeChangedAndChangesAUsersGrants() throws Exception {
		createUser("reset-me", "Quiet-harbor-72", "EXPERT");
		createUser("city-only", "Quiet-harbor-73", "CITY");
		mvc.perform(post("/api/v1/users/reset-me/password-reset").with(httpBasic("city-only", "Quiet-harbor-73"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Temporary-pass-2026\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users/reset-me/password-reset").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"short\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/users/reset-me/password-reset").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Temporary-pass-2026\"}"))
			.andExpect(status().isNoContent());
		me("reset-me", "Quiet-harbor-72").andExpect(status().isUnauthorized());
		// the new password signs in, but nothing else is done before it is changed
		me("reset-me", "Temporary-pass-2026").andExpect(status().isOk());
		mvc.perform(get("/api/v1/parks").with(httpBasic("reset-me", "Temporary-pass-2026")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("管理员已重置您的密码，请先修改密码"));
		mvc.perform(post("/api/v1/me/password").with(httpBasic("reset-me", "Temporary-pass-2026"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"Temporary-pass-2026\",\"newPassword\":\"Quiet-harbor-74\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/parks").with(httpBasic("reset-me", "Quiet-harbor-74"))).andExpect(status().isOk());
		// the city changes the roles; a city user cannot remove an administrator's role, nobody their own
		mvc.perform(put("/api/v1/users/reset-me/grants").header("If-Match", "*").with(httpBasic("city-only", "Quiet-harbor-73"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"grants\":[\"PARK:zj-cangnan-ip\",\"EXPERT\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grants[*].role", org.hamcrest.Matchers.containsInAnyOrder("PARK", "EXPERT")))
			.andExpect(jsonPath("$.grants[*].scope", org.hamcrest.Matchers.hasItem("zj-cangnan-ip")));
		me("reset-me", "Quiet-harbor-74").andExpect(jsonPath("$.grants", org.hamcrest.Matchers.hasItem("PARK:zj-cangnan-ip")));
		mvc.perform(put("/api/v1/users/reset-me/grants").header("If-Match", "*").with(httpBasic("city-only", "Quiet-harbor-73"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"grants\":[\"PARK:no-such-park\"]}"))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/users/admin/grants").header("If-Match", "*").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"grants\":[\"CITY\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("不能取消自己的系统管理员角色")));
	}

	@Test
	void apiTokensCarryTheirUsersScopeAndStopWorkingWhenRevokedOrExpired() throws Exception {
		createUser("erp-park", "Quiet-harbor-75", "PARK:zj-yongjia-ip");
		String created = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("erp-park", "Quiet-harbor-75"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ERP\",\"expires\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(created).contains("expires");
		String expires = java.time.LocalDate.now().plusDays(30).toString();
		String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("erp-park", "Quiet-harbor-75"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ERP\",\"expires\":\"" + expires + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(token).startsWith("plk_").hasSizeGreaterThan(30);
		assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(id).query(String.class).single())
			.hasSize(64).doesNotContain(token.substring(4));
		mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].prefix").value(token.substring(0, 8)))
			.andExpect(jsonPath("$[0].token").doesNotExist());

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.username").value("erp-park"))
			.andExpect(jsonPath("$.grants", contains("PARK:zj-yongjia-ip")));
		mvc.perform(get("/api/v1/parks/zj-yongjia-ip").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/parks/wz-etdz").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/parks").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[*].code", contains("zj-yongjia-ip")));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer plk_notatoken")).andExpect(status().isUnauthorized());

		jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?").param(id).update();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		jdbc.sql("update api_token set expires_at = now() + interval '1 day' where id = ?").param(id).update();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(delete("/api/v1/me/tokens/" + id).with(admin())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anEnterpriseRegistersItselfAndItsParkApprovesIt() throws Exception {
		createUser("park-ruian", "Quiet-harbor-76", "PARK:zj-ruian-eda");
		createUser("park-pingyang", "Quiet-harbor-77", "PARK:zj-pingyang-eda");
		String application = """
				{"creditCode":"%s","name":"瑞安自注册企业有限公司","parkCode":"zj-ruian-eda","industryCode":"36","size":"SMALL",
				 "contactName":"王经理","contactPhone":"0577-65000000","username":"ruian-auto","password":"Quiet-harbor-78"}""";
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
			.content(application.formatted("91330381MA2AUT001X")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("校验码不正确")));
		String code = org.parkloop.shared.CreditCode.complete("91330381MA2AUT00");
		String body = mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
			.content(application.formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		me("ruian-auto", "Quiet-harbor-78").andExpect(status().isUnauthorized());

		mvc.perform(get("/api/v1/registrations").with(httpBasic("park-pingyang", "Quiet-harbor-77")))
			.andExpect(jsonPath("$[*].id").isEmpty());
		mvc.perform(post("/api/v1/registrations/" + id + "/approve").with(httpBasic("park-pingyang", "Quiet-harbor-77")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/registrations").with(httpBasic("park-ruian", "Quiet-harbor-76")))
			.andExpect(jsonPath("$[*].creditCode", contains(code)));
		mvc.perform(post("/api/v1/registrations/" + id + "/approve").with(httpBasic("park-ruian", "Quiet-harbor-76")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("park-ruian"));

		me("ruian-auto", "Quiet-harbor-78").andExpect(jsonPath("$.grants", contains("ENTERPRISE:" + code)));
		mvc.perform(get("/api/v1/enterprises").with(httpBasic("ruian-auto", "Quiet-harbor-78")))
			.andExpect(jsonPath("$[*].creditCode", contains(code)));
		mvc.perform(put("/api/v1/enterprises/" + code).header("If-Match", "*").with(httpBasic("ruian-auto", "Quiet-harbor-78"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"name":"瑞安自注册企业有限公司","parkCode":"zj-pingyang-eda","industryCode":"36","size":"SMALL"}"""))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/enterprises/" + code).header("If-Match", "*").with(httpBasic("ruian-auto", "Quiet-harbor-78"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"name":"瑞安自注册企业股份有限公司","parkCode":"zj-ruian-eda","industryCode":"36","size":"MEDIUM"}"""))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/registrations/" + id + "/approve").with(admin())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("registration.decided"));
	}

	@Test
	void everyWriteIsInTheAppendOnlyAuditTrail() throws Exception {
		mvc.perform(put("/api/v1/parks/zj-cangnan-ip").header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", "10.1.2.3").content("""
					{"nameZh":"浙江苍南工业园区","nameEn":"Zhejiang Cangnan Industrial Park","level":"PROVINCIAL",
					 "administeredBy":"苍南县","plannedAreaKm2":6.8,"targetBatch":2017}"""))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit?entity=park&entityId=zj-cangnan-ip").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].username").value("admin"))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].address").value("127.0.0.1"))
			.andExpect(jsonPath("$[0].summary").value(containsString("plannedAreaKm2: 6.7 → 6.8")));
		assertThatThrownBy(() -> jdbc.sql("update audit_event set summary = 'forged'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
		byte[] xlsx = mvc.perform(get("/audit/export").param("entity", "park").with(signedIn("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
			assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void sessionsAreKeptInTheDatabase() throws Exception {
		long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/home"));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'admin'").query(Long.class).single())
			.isGreaterThan(0);
		assertThat(before).isGreaterThanOrEqualTo(0);
	}

	@Test
	void outsideADemoThereAreNoDemoUsersAndNoStartWithoutAnAdministratorPassword() throws Exception {
		mvc.perform(get("/api/v1/users").with(admin())).andExpect(jsonPath("$[?(@.username == 'city')]").isEmpty());
		Path dir = FreshDataDirectory.create();
		assertThatThrownBy(() -> new SpringApplicationBuilder(ParkLoopApplication.class)
			.run("--server.port=0", "--parkloop.data-dir=" + dir, "--parkloop.demo=false").close())
			.hasStackTraceContaining("refuses to start without an administrator password");
		assertThatThrownBy(() -> new SpringApplicationBuilder(ParkLoopApplication.class)
			.run("--server.port=0", "--parkloop.data-dir=" + dir, "--parkloop.demo=false",
					"--parkloop.admin.password=password123").close())
			.hasStackTraceContaining("PARKLOOP_ADMIN_PASSWORD is not acceptable");
	}
}
