package org.parkloop.registry;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The park API's contract (R1, R2). */
class ParkApiTest extends IntegrationTest {

	@Test
	void theElevenWenzhouParksAreLoadedOnFirstStart() throws Exception {
		mvc.perform(get("/api/v1/parks?administeredBy=温州市本级").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].code").value("wz-etdz"))
			.andExpect(jsonPath("$[0].nameZh").value("温州经济技术开发区"))
			.andExpect(jsonPath("$[0].nameEn").value("Wenzhou Economic and Technological Development Zone"))
			.andExpect(jsonPath("$[0].level").value("NATIONAL"))
			.andExpect(jsonPath("$[0].administeredBy").value("温州市本级"))
			.andExpect(jsonPath("$[0].plannedAreaKm2").value(263))
			.andExpect(jsonPath("$[0].targetBatch").value(2015))
			.andExpect(jsonPath("$[0].mergedInto").value(nullValue()))
			.andExpect(jsonPath("$[0].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$[0].designation").value("NONE"))
			.andExpect(jsonPath("$[1].code").value("zj-wz-binhai"))
			.andExpect(jsonPath("$[1].mergedInto").value("wz-etdz"))
			.andExpect(jsonPath("$[1].plannedAreaKm2").value(nullValue()));
		mvc.perform(get("/api/v1/parks/zj-ouhai-eda").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedAreaKm2").value(18.37))
			.andExpect(jsonPath("$.level").value("PROVINCIAL"))
			.andExpect(jsonPath("$.focus").value(true));
		mvc.perform(get("/api/v1/parks/zj-yueqing-ip").with(admin()))
			.andExpect(jsonPath("$.targetBatch").value(nullValue()));
		mvc.perform(get("/api/v1/parks?level=NATIONAL&administeredBy=温州市本级").with(admin()))
			.andExpect(jsonPath("$[*].code", contains("wz-etdz", "wz-hitech")));
	}

	@Test
	void anUnknownParkIsAProblemDetailInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/parks/no-such-park").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("园区“no-such-park”不存在"));
		mvc.perform(get("/api/v1/parks/no-such-park").with(admin()).header("Accept-Language", "en-GB"))
			.andExpect(jsonPath("$.detail").value("there is no park “no-such-park”"));
	}

	@Test
	void writesNeedTheAdministrator() throws Exception {
		String body = """
				{"code":"t-anon","nameZh":"匿名园区","level":"PROVINCIAL","administeredBy":"鹿城区"}""";
		mvc.perform(post("/api/v1/parks").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(post("/api/v1/parks").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("admin", "wrong-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/parks/t-anon").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void createsAndChangesAPark() throws Exception {
		mvc.perform(post("/api/v1/parks").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"t-new-park","nameZh":"测试新园区","nameEn":"Test Park","level":"PROVINCIAL",
				 "administeredBy":"鹿城区","plannedAreaKm2":3.5,"targetBatch":2020,"focus":false,"note":"测试"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("t-new-park"))
			.andExpect(jsonPath("$.plannedAreaKm2").value(3.5))
			.andExpect(jsonPath("$.status").value("NOT_STARTED"));
		mvc.perform(put("/api/v1/parks/t-new-park").header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"nameZh":"测试新园区（改）","level":"NATIONAL","administeredBy":"鹿城区","mergedInto":"wz-hitech"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameZh").value("测试新园区（改）"))
			.andExpect(jsonPath("$.level").value("NATIONAL"))
			.andExpect(jsonPath("$.mergedInto").value("wz-hitech"))
			.andExpect(jsonPath("$.plannedAreaKm2").value(nullValue()));
		mvc.perform(get("/api/v1/parks").with(admin())).andExpect(jsonPath("$[*].code", hasItem("t-new-park")));
	}

	@Test
	void badParkDataIsRejectedFieldByFieldAndNothingIsStored() throws Exception {
		mvc.perform(post("/api/v1/parks").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"t-bad","nameZh":"","level":"CITY","administeredBy":"鹿城区","plannedAreaKm2":-1,
				 "mergedInto":"no-such-park"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("nameZh", "level", "plannedAreaKm2", "mergedInto")))
			.andExpect(jsonPath("$.errors[1].message").value("级别：未知的级别“CITY”，应为 NATIONAL（国家级）或 PROVINCIAL（省级）"))
			.andExpect(jsonPath("$.errors[2].message").value("规划面积（平方公里）：规划面积不能为负数（-1）"));
		mvc.perform(get("/api/v1/parks/t-bad").with(admin())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/parks").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"wz-etdz","nameZh":"重复","level":"NATIONAL","administeredBy":"温州市本级"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("编码：编码为“wz-etdz”的园区已存在"));
		mvc.perform(put("/api/v1/parks/wz-etdz").header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"nameZh":"温州经济技术开发区","level":"NATIONAL","administeredBy":"温州市本级","mergedInto":"zj-wz-binhai"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mergedInto"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("循环")));
		mvc.perform(get("/api/v1/parks/wz-etdz").with(admin())).andExpect(jsonPath("$.mergedInto").value(nullValue()));
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/parks'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/parks/{code}/transitions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programme/goal-sets/{id}/evaluation'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/enterprises/import'].post").exists());
	}
}
