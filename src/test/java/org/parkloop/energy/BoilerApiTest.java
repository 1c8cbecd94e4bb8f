package org.parkloop.energy;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Boilers (R10) through the API: who registers and sees them, capacity in MW, coordinates from Chinese web maps
 * stored in WGS-84, dated changes in order with conversions naming their fuel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoilerApiTest extends IntegrationTest {

	static final String PW = "Boiler-test-pw-2026";
	static final String PARK = "zj-yueqing-eda";
	static final String OWN = CreditCode.complete("91330382MA2BLR01");
	static final String OTHER = CreditCode.complete("91330382MA2BLR02");

	@BeforeAll
	void enterprisesAndUsers() throws Exception {
		for (String[] e : new String[][] { { OWN, "锅炉测试印染" }, { OTHER, "锅炉测试电镀" } }) {
			send(post("/api/v1/enterprises"), admin(), """
					{"creditCode":"%s","name":"%s","parkCode":"%s","industryCode":"17","size":"MEDIUM"}"""
				.formatted(e[0], e[1], PARK)).andExpect(status().isCreated());
		}
		for (String[] u : new String[][] { { "blr-own", "ENTERPRISE:" + OWN }, { "blr-other", "ENTERPRISE:" + OTHER },
				{ "blr-park", "PARK:" + PARK }, { "blr-elsewhere", "PARK:zj-pingyang-eda" } }) {
			send(post("/api/v1/users"), admin(), "{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}"
				.formatted(u[0], PW, u[1])).andExpect(status().isCreated());
		}
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, PW);
	}

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json));
	}

	@Test
	void anEnterpriseRegistersItsBoilerAndItsParkSeesIt() throws Exception {
		// a location taken on Amap (GCJ-02), in the Yueqing economic development zone
		String body = send(post("/api/v1/boilers"), as("blr-own"), """
				{"creditCode":"%s","name":"1号锅炉","capacity":4.2,"capacityUnit":"MW","fuel":"COAL","commissioningYear":2008,
				 "latitude":28.118265,"longitude":120.974562,"crs":"GCJ02","annualCoalTonnes":3200}""".formatted(OWN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tonnesPerHour").value(6))
			.andExpect(jsonPath("$.status").value("IN_USE"))
			.andExpect(jsonPath("$.crs").value("GCJ02"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		double lat = JsonPath.read(body, "$.latitude");
		double lng = JsonPath.read(body, "$.longitude");
		var gcj = org.parkloop.energy.engine.ChinaCoordinates.wgsToGcj(new org.parkloop.energy.engine.ChinaCoordinates.Point(lat, lng));
		// stored in WGS-84: hundreds of metres from what was typed, and exactly back on it through the offset
		assertThat(org.parkloop.energy.engine.ChinaCoordinates.metres(gcj,
				new org.parkloop.energy.engine.ChinaCoordinates.Point(28.118265, 120.974562))).isLessThan(0.01);
		assertThat(org.parkloop.energy.engine.ChinaCoordinates.metres(
				new org.parkloop.energy.engine.ChinaCoordinates.Point(lat, lng),
				new org.parkloop.energy.engine.ChinaCoordinates.Point(28.118265, 120.974562))).isGreaterThan(300);

		send(post("/api/v1/boilers"), as("blr-other"), "{\"creditCode\":\"%s\",\"capacity\":2,\"fuel\":\"COAL\"}".formatted(OWN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/boilers/" + id).with(as("blr-other"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/boilers/" + id).with(as("blr-elsewhere"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/boilers").with(as("blr-park"))).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/boilers").with(as("blr-other"))).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/boilers").with(as("blr-elsewhere"))).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));

		// bad input names its fields, all at once
		send(post("/api/v1/boilers"), as("blr-park"), """
				{"creditCode":"%s","capacity":0,"capacityUnit":"kW","fuel":"PEAT","crs":"WGS99"}""".formatted(OTHER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacityUnit")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("fuel")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("crs")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("latitude")));

		// the park records a conversion to gas, then the elimination; changes go in date order
		String changes = "/api/v1/boilers/" + id + "/changes";
		send(post(changes), as("blr-park"), "{\"date\":\"2015-06-30\",\"status\":\"CONVERTED\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fuel"));
		send(post(changes), as("blr-park"), "{\"date\":\"2015-06-30\",\"status\":\"CONVERTED\",\"fuel\":\"GAS\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.fuel").value("GAS"))
			.andExpect(jsonPath("$.commissionedFuel").value("COAL"));
		send(post(changes), as("blr-own"), "{\"date\":\"2015-01-01\",\"status\":\"ELIMINATED\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("boiler.changeBeforeLast"));
		send(post(changes), as("blr-own"), "{\"date\":\"2016-01-01\",\"status\":\"ELIMINATED\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ELIMINATED"))
			.andExpect(jsonPath("$.changes.length()").value(2));
		send(post(changes), as("blr-own"), "{\"date\":\"2016-02-01\",\"status\":\"IN_USE\"}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("boiler.eliminated"));

		// a change of its data names the version read
		send(put("/api/v1/boilers/" + id), as("blr-own"), """
				{"capacity":6,"capacityUnit":"t/h","fuel":"COAL","latitude":28.12,"longitude":120.97}""")
			.andExpect(status().isPreconditionRequired());
		send(put("/api/v1/boilers/" + id), as("blr-own"), """
				{"capacity":6,"capacityUnit":"t/h","fuel":"COAL","latitude":28.12,"longitude":120.97,"annualCoalTonnes":3200,
				 "version":2}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.latitude").value(28.12));

		// R10 as of dates: the 6 t/h boiler went off coal in mid-2015 (3,200 t of raw coal a year: 2,285.76 tce); the
		// other enterprise's 10 t/h coal boiler is due on the last day of 2017 and overdue the day after
		send(post("/api/v1/boilers"), as("blr-other"), """
				{"creditCode":"%s","capacity":10,"fuel":"COAL","latitude":28.12,"longitude":120.98}""".formatted(OTHER))
			.andExpect(status().isCreated());
		String compliance = "/api/v1/parks/" + PARK + "/energy/compliance";
		mvc.perform(get(compliance).param("asOf", "2015-12-31").with(as("blr-park")))
			.andExpect(jsonPath("$.done[*].rule", hasItem("R10-2015-6TH")))
			.andExpect(jsonPath("$.coalSavedTce").value(2285.76))
			.andExpect(jsonPath("$.avoided.so2").value(51.2)) // 3,200 t × 16 kg/t
			.andExpect(jsonPath("$.avoided.co2").value(6329.27)) // 3,200 t × 1,977.8968 kg/t = 6,329.26976 t
			.andExpect(jsonPath("$.coalUseRecorded").value(1))
			.andExpect(jsonPath("$.dueNext[*].rule", hasItem("R10-2017-10TH")))
			.andExpect(jsonPath("$.overdue.length()").value(0));
		mvc.perform(get(compliance).param("asOf", "2017-12-31").with(as("blr-park")))
			.andExpect(jsonPath("$.overdue.length()").value(0));
		mvc.perform(get(compliance).param("asOf", "2018-01-01").with(as("blr-park")))
			.andExpect(jsonPath("$.overdue[0].rule").value("R10-2017-10TH"))
			.andExpect(jsonPath("$.overdue[0].creditCode").value(OTHER));
		// an enterprise sees its own boilers only; another park's office does not see this park's
		mvc.perform(get(compliance).param("asOf", "2018-01-01").with(as("blr-own")))
			.andExpect(jsonPath("$.overdue.length()").value(0));
		mvc.perform(get(compliance).with(as("blr-elsewhere"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/energy/compliance").param("asOf", "2018-01-01").with(as("blr-elsewhere")))
			.andExpect(jsonPath("$.overdue[*].creditCode", not(hasItem(OTHER))));
	}
}
