package org.parkloop.registry;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EnterpriseApiTest extends IntegrationTest {

	@Test
	void registersFindsAndChangesAnEnterprise() throws Exception {
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"91330000142916567n","name":"测试电气有限公司","parkCode":"zj-yueqing-ip","industryCode":"38",
				 "address":"乐清市测试路1号","latitude":28.12,"longitude":120.95,"size":"LARGE"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.creditCode").value("91330000142916567N"))
			.andExpect(jsonPath("$.demo").value(false));
		mvc.perform(get("/api/v1/enterprises/91330000142916567N").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("测试电气有限公司"))
			.andExpect(jsonPath("$.industryCode").value("38"))
			.andExpect(jsonPath("$.latitude").value(28.12));
		mvc.perform(put("/api/v1/enterprises/91330000142916567N").header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"测试电气集团有限公司","parkCode":"zj-yueqing-ip","industryCode":"38","size":"大型"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("测试电气集团有限公司"))
			.andExpect(jsonPath("$.latitude").doesNotExist());
		mvc.perform(get("/api/v1/enterprises?park=zj-yueqing-ip").with(admin()))
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[*].creditCode", contains("91330000142916567N")));
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"91330000142916567N","name":"重复","parkCode":"zj-yueqing-ip","industryCode":"38","size":"SMALL"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码：信用代码为91330000142916567N的企业已登记"));
	}

	@Test
	void anInvalidCreditCodeIsRejectedWithItsReason() throws Exception {
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"91330000142916567X","name":"坏代码公司","parkCode":"zj-cangnan-ip","industryCode":"21",
				 "latitude":27.5,"size":"SMALL"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("creditCode", "longitude")))
			.andExpect(jsonPath("$.errors[0].message")
				.value("统一社会信用代码：统一社会信用代码“91330000142916567X”的校验码不正确（GB 32100-2015）"))
			.andExpect(jsonPath("$.errors[1].message").value("经度：纬度和经度须同时填写"));
		mvc.perform(get("/api/v1/enterprises/91330000142916567X").with(admin())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}
}
