package org.parkloop.energy;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R7: an enterprise inside a zoning area is flagged with the area's restriction (one outside is not); its park opens a
 * conversion case and closes it with a dated outcome along the case's transition table; other parks' offices see
 * none of it; the map marks the enterprise.
 */
class ZoningTest extends IntegrationTest {

	static final String PW = "Zoning-test-pw-2026";
	static final String PARK = "zt-park";
	static final String INSIDE = CreditCode.complete("91330381MA2LNT01");
	static final String OUTSIDE = CreditCode.complete("91330381MA2LNT02");

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void anEnterpriseInsideAZoningAreaIsFlaggedAndConverted() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"布局测试园区","nameEn":"Zoning test park","level":"PROVINCIAL","administeredBy":"瑞安市",
				 "establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		for (String[] e : new String[][] { { INSIDE, "水源地旁电镀厂", "27.701" }, { OUTSIDE, "园区内机械厂", "27.720" } }) {
			send(post("/api/v1/enterprises"), admin(), """
					{"creditCode":"%s","name":"%s","parkCode":"%s","industryCode":"33","size":"SMALL","latitude":%s,"longitude":120.601}"""
				.formatted(e[0], e[1], PARK, e[2])).andExpect(status().isCreated());
		}
		send(post("/api/v1/users"), admin(), "{\"username\":\"zt-park\",\"password\":\"%s\",\"grants\":[\"PARK:%s\"]}"
			.formatted(PW, PARK)).andExpect(status().isCreated());
		send(post("/api/v1/users"), admin(), "{\"username\":\"zt-other\",\"password\":\"%s\",\"grants\":[\"PARK:zj-ruian-eda\"]}"
			.formatted(PW)).andExpect(status().isCreated());
		RequestPostProcessor park = httpBasic("zt-park", PW);
		RequestPostProcessor other = httpBasic("zt-other", PW);
		send(post("/api/v1/geo/layers/zoning"), park, """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"parkCode":"%s","validFrom":"2015-01-01",
				 "name":"飞云江饮用水水源二级保护区","restriction":"饮用水水源二级保护区内禁止新建、改建、扩建排放污染物的建设项目",
				 "source":"瑞安市饮用水水源保护区划分方案（测试）"},
				 "geometry":{"type":"Polygon","coordinates":[[[120.59,27.69],[120.61,27.69],[120.61,27.71],[120.59,27.71],[120.59,27.69]]]}}]}"""
			.formatted(PARK)).andExpect(status().isOk());

		// a zoning area names its restriction and its source
		send(post("/api/v1/geo/layers/zoning"), park, """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"parkCode":"%s","validFrom":"2015-01-01"},
				 "geometry":{"type":"Polygon","coordinates":[[[120.59,27.69],[120.61,27.69],[120.61,27.71],[120.59,27.69]]]}}]}"""
			.formatted(PARK)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("features[0].properties.restriction")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("features[0].properties.source")));
		mvc.perform(get("/api/v1/energy/zoning-flags").param("parkCode", PARK).with(park))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].source").value("瑞安市饮用水水源保护区划分方案（测试）"))
			.andExpect(jsonPath("$[0].creditCode").value(INSIDE))
			.andExpect(jsonPath("$[0].zoneName").value("飞云江饮用水水源二级保护区"))
			.andExpect(jsonPath("$[0].restriction").value(org.hamcrest.Matchers.startsWith("饮用水水源二级保护区")));
		// before the area was in force nothing is flagged; another park's office sees nothing of this park
		mvc.perform(get("/api/v1/energy/zoning-flags").param("parkCode", PARK).param("asOf", "2014-12-31").with(park))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/energy/zoning-flags").param("parkCode", PARK).with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/energy/zoning-flags").with(other))
			.andExpect(jsonPath("$[*].creditCode", not(hasItem(INSIDE))));
		mvc.perform(get("/api/v1/energy/map").param("parkCode", PARK).with(park))
			.andExpect(jsonPath("$.features[?(@.properties.creditCode == '%s')].properties.restriction".formatted(INSIDE),
					hasItem(org.hamcrest.Matchers.startsWith("饮用水"))))
			.andExpect(jsonPath("$.features[?(@.properties.creditCode == '%s')].properties.restriction".formatted(OUTSIDE))
				.isEmpty());

		// a case for the flagged enterprise only, one open at a time, by its park
		String open = "/api/v1/energy/relocations";
		send(post(open), park, "{\"creditCode\":\"%s\",\"action\":\"CONVERT\",\"date\":\"2016-03-01\"}".formatted(OUTSIDE))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("relocation.notFlagged"));
		send(post(open), other, "{\"creditCode\":\"%s\",\"action\":\"CONVERT\",\"date\":\"2016-03-01\"}".formatted(INSIDE))
			.andExpect(status().isForbidden());
		String body = send(post(open), park, """
				{"creditCode":"%s","action":"CONVERT","date":"2016-03-01","note":"改用无氰电镀工艺"}""".formatted(INSIDE))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("OPEN"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		send(post(open), park, "{\"creditCode\":\"%s\",\"action\":\"RELOCATE\",\"date\":\"2016-04-01\"}".formatted(INSIDE))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("relocation.alreadyOpen"));

		String outcome = open + "/" + id + "/outcome";
		send(post(outcome), park, "{\"outcome\":\"RELOCATED\",\"date\":\"2017-06-30\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("relocation.transition"));
		send(post(outcome), park, "{\"outcome\":\"CONVERTED\",\"date\":\"2016-02-01\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
		send(post(outcome), park, "{\"outcome\":\"CONVERTED\",\"date\":\"2017-06-30\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("CONVERTED"))
			.andExpect(jsonPath("$.outcomeOn").value("2017-06-30"));
		send(post(outcome), park, "{\"outcome\":\"CLOSED\",\"date\":\"2017-07-30\"}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/energy/zoning-flags").param("parkCode", PARK).with(park))
			.andExpect(jsonPath("$[0].relocation.outcome").value("CONVERTED"));
		mvc.perform(get(open + "/" + id).with(other)).andExpect(status().isForbidden());
	}
}
