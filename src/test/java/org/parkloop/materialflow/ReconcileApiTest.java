package org.parkloop.materialflow;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The stateless reconciliation API: a model in, the reconciled model out, nothing stored. */
class ReconcileApiTest extends IntegrationTest {

	@Test
	void reconcilesTheSplitterGivenWithRelativeSigmas() throws Exception {
		mvc.perform(post("/api/v1/mfa/reconcile").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"processes":[{"id":"P1","name":"分流器"}],
				 "flows":[{"id":"F1","from":null,"to":"P1","value":9.22,"relativeSigma":0.03},
				          {"id":"F2","from":"P1","to":null,"value":4.83,"relativeSigma":0.03},
				          {"id":"F3","from":"P1","to":null,"value":3.22,"sigma":0.0966}],
				 "stocks":[{"process":"P1","change":0,"sigma":0}],
				 "nonNegative":false}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flows[*].id", contains("F1", "F2", "F3")))
			.andExpect(jsonPath("$.flows[0].value", closeTo(8.3821, 5e-5)))
			.andExpect(jsonPath("$.flows[1].value", closeTo(5.0599, 5e-5)))
			.andExpect(jsonPath("$.flows[2].value", closeTo(3.3222, 5e-5)))
			.andExpect(jsonPath("$.flows[0].classification").value("REDUNDANT"))
			.andExpect(jsonPath("$.flows[0].residualZ", closeTo(3.5796, 1e-3)))
			.andExpect(jsonPath("$.chiSquare", closeTo(12.81, 5e-3)))
			.andExpect(jsonPath("$.degreesOfFreedom").value(1))
			.andExpect(jsonPath("$.globalTestPassed").value(false))
			.andExpect(jsonPath("$.iterations").value(1));
	}

	@Test
	void unknownFlowsAreComputedWithTheirUncertainty() throws Exception {
		mvc.perform(post("/api/v1/mfa/reconcile").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"processes":[{"id":"P1"}],
				 "flows":[{"id":"F1","from":null,"to":"P1","value":9.22,"sigma":0.2766},
				          {"id":"F2","from":"P1","to":null,"value":null}],
				 "relations":[{"terms":[{"flow":"F1","coefficient":1},{"flow":"F2","coefficient":-1}],"constant":0}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flows[1].value", closeTo(9.22, 1e-9)))
			.andExpect(jsonPath("$.flows[1].sigma", closeTo(0.2766, 1e-9)))
			.andExpect(jsonPath("$.flows[1].classification").value("OBSERVABLE"))
			.andExpect(jsonPath("$.flows[0].classification").value("JUST_MEASURED"))
			.andExpect(jsonPath("$.degreesOfFreedom").value(0));
	}

	@Test
	void substanceLayersAreReconciledWithTheGoods() throws Exception {
		mvc.perform(post("/api/v1/mfa/reconcile").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"processes":[{"id":"S","name":"冶炼"}],
				 "flows":[{"id":"ore","from":null,"to":"S","value":1000,"relativeSigma":0.05},
				          {"id":"metal","from":"S","to":null,"value":610,"relativeSigma":0.03},
				          {"id":"slag","from":"S","to":null,"value":300,"relativeSigma":0.08},
				          {"id":"dust","from":"S","to":null,"value":90,"relativeSigma":0.15}],
				 "layers":[{"id":"Cd","concentrations":[{"flow":"ore","value":0.02,"sigma":0.002},
				          {"flow":"metal","value":0.001,"relativeSigma":0.2},{"flow":"slag","value":0.03,"sigma":0.003},
				          {"flow":"dust","value":null}]}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.layers[0].id").value("Cd"))
			.andExpect(jsonPath("$.layers[0].concentrations[3].classification").value("OBSERVABLE"))
			.andExpect(jsonPath("$.degreesOfFreedom").value(1));
	}

	@Test
	void badModelsAreProblemDetailsNamingTheIds() throws Exception {
		mvc.perform(post("/api/v1/mfa/reconcile").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"processes":[{"id":"P1"}],
				 "flows":[{"id":"F1","from":null,"to":"P9","value":1},{"id":"F2","from":"P1","to":null,"value":1}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.ids", contains("F1")))
			.andExpect(jsonPath("$.detail").value("这些流或库存引用了不存在的过程（或两端都是系统边界）：F1"));
		mvc.perform(post("/api/v1/mfa/reconcile").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"processes":[{"id":"P1"}],
				 "flows":[{"id":"F1","from":null,"to":"P1","value":10,"sigma":0},{"id":"F2","from":"P1","to":null,"value":9,"sigma":0}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.ids", contains("P1")));
		mvc.perform(post("/api/v1/mfa/reconcile").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"flows\":[{\"id\":\"F1\",\"value\":\"many\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求内容中“flows[0].value”的值无法读取（类型或格式不对）"))
			.andExpect(jsonPath("$.errors[0].field").value("flows[0].value"));

		mvc.perform(post("/api/v1/mfa/reconcile").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}
}
