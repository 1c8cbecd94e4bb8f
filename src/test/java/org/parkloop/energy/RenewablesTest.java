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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R12 and R10 handed to the indicators: an enterprise registers its rooftop PV and a heat pump, its park eliminates a
 * coal boiler; the park's derived figures per year (PV at the year's end, electricity and heat of the installations
 * operating in the year and their tce, coal no longer burned) come back from the indicators, computed by hand here,
 * and follow a decommissioning; CHP is listed but not counted as renewable.
 */
class RenewablesTest extends IntegrationTest {

	static final String PW = "Renewables-pw-2026";
	static final String PARK = "rt-park";
	static final String OWN = CreditCode.complete("91330381MA2RNT01");

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void installationsAndEliminationsBecomeDerivedParkFigures() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"可再生能源测试园区","nameEn":"Renewables test park","level":"PROVINCIAL",
				 "administeredBy":"瑞安市","establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		send(post("/api/v1/enterprises"), admin(), """
				{"creditCode":"%s","name":"光伏测试纺织","parkCode":"%s","industryCode":"17","size":"MEDIUM","latitude":27.6,
				 "longitude":120.5}""".formatted(OWN, PARK)).andExpect(status().isCreated());
		for (String[] u : new String[][] { { "rt-own", "ENTERPRISE:" + OWN }, { "rt-park", "PARK:" + PARK },
				{ "rt-other", "PARK:zj-ruian-eda" } }) {
			send(post("/api/v1/users"), admin(), "{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}"
				.formatted(u[0], PW, u[1])).andExpect(status().isCreated());
		}
		RequestPostProcessor own = httpBasic("rt-own", PW);
		RequestPostProcessor park = httpBasic("rt-park", PW);

		send(post("/api/v1/energy/renewables"), own, """
				{"creditCode":"%s","name":"屋顶光伏","kind":"PV","capacity":0,"capacityUnit":"MW","electricityMwh":-1,
				 "commissionedOn":"2099-01-01"}""".formatted(OWN)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacityUnit")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("electricityMwh")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("commissionedOn")));
		String pv = send(post("/api/v1/energy/renewables"), own, """
				{"creditCode":"%s","name":"屋顶光伏","kind":"PV","capacity":1000,"capacityUnit":"kW","electricityMwh":1050,
				 "commissionedOn":"2016-06-30"}""".formatted(OWN)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		send(post("/api/v1/energy/renewables"), own, """
				{"creditCode":"%s","name":"空气源热泵","kind":"HEAT_PUMP","capacity":300,"heatGj":2930.76,
				 "commissionedOn":"2017-03-01"}""".formatted(OWN)).andExpect(status().isCreated());
		send(post("/api/v1/energy/renewables"), park, """
				{"creditCode":"%s","name":"燃气三联供","kind":"CHP","capacity":2000,"electricityMwh":9000,"heatGj":50000,
				 "commissionedOn":"2017-03-01"}""".formatted(OWN)).andExpect(status().isCreated());
		String boiler = send(post("/api/v1/boilers"), park, """
				{"creditCode":"%s","capacity":4,"fuel":"COAL","annualCoalTonnes":1400}""".formatted(OWN))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		send(post("/api/v1/boilers/" + JsonPath.read(boiler, "$.id") + "/changes"), park,
				"{\"date\":\"2017-09-30\",\"status\":\"ELIMINATED\"}").andExpect(status().isOk());

		String derived = "/api/v1/parks/" + PARK + "/indicators/derived";
		// 2016: the PV only, 1,050 MWh × 0.1229 = 129.045 tce; no boiler off coal yet
		mvc.perform(get(derived).param("year", "2016").with(park))
			.andExpect(jsonPath("$[?(@.code == 'renewable_pv_capacity')].value", hasItem(1000)))
			.andExpect(jsonPath("$[?(@.code == 'renewable_electricity')].value", hasItem(1050)))
			.andExpect(jsonPath("$[?(@.code == 'renewable_tce')].value", hasItem(129.045)))
			.andExpect(jsonPath("$[?(@.code == 'coal_boilers_coal_saved')].value", hasItem(0.0)))
			.andExpect(jsonPath("$[0].source").value("energy"));
		// 2017: plus the heat pump's 2,930.76 GJ = 100 tce (CHP not counted); 1,400 t raw coal × 0.7143 = 1,000.02 tce
		mvc.perform(get(derived).param("year", "2017").with(park))
			.andExpect(jsonPath("$[?(@.code == 'renewable_electricity')].value", hasItem(1050)))
			.andExpect(jsonPath("$[?(@.code == 'renewable_heat')].value", hasItem(2930.76)))
			.andExpect(jsonPath("$[?(@.code == 'renewable_tce')].value", hasItem(229.045)))
			.andExpect(jsonPath("$[?(@.code == 'coal_boilers_coal_saved')].value", hasItem(1000.02)));

		// the PV decommissioned during 2019: generating in 2019, no capacity at its end, gone in 2020
		long id = ((Number) JsonPath.read(pv, "$.id")).longValue();
		send(put("/api/v1/energy/renewables/" + id), own, """
				{"name":"屋顶光伏","kind":"PV","capacity":1000,"capacityUnit":"kW","electricityMwh":1050,
				 "commissionedOn":"2016-06-30","decommissionedOn":"2019-08-31","version":0}""").andExpect(status().isOk());
		mvc.perform(get(derived).param("year", "2019").with(park))
			.andExpect(jsonPath("$[?(@.code == 'renewable_pv_capacity')].value", hasItem(0)))
			.andExpect(jsonPath("$[?(@.code == 'renewable_electricity')].value", hasItem(1050)));
		mvc.perform(get(derived).param("year", "2020").with(park))
			.andExpect(jsonPath("$[?(@.code == 'renewable_electricity')].value", hasItem(0)));

		// scope: the enterprise lists its own; another park's office sees neither the installations nor the figures
		mvc.perform(get("/api/v1/energy/renewables").with(own)).andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/api/v1/energy/renewables").param("parkCode", PARK).with(httpBasic("rt-other", PW)))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/energy/renewables/" + id).with(httpBasic("rt-other", PW)))
			.andExpect(status().isForbidden());
		mvc.perform(get(derived).with(httpBasic("rt-other", PW))).andExpect(status().isForbidden());
		mvc.perform(get(derived).with(own)).andExpect(status().isForbidden());
	}
}
