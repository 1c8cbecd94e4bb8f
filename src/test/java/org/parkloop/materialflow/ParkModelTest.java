package org.parkloop.materialflow;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A park's stored models: the JSON and Excel round trips keep a model exactly, and a stored model reconciles. */
class ParkModelTest extends IntegrationTest {

	static final String MODEL = """
			{"processes":[{"id":"P1","name":"分流器"},{"id":"P2","name":"回收"}],
			 "flows":[{"id":"F1","from":null,"to":"P1","value":9.22,"sigma":0.2766,"relativeSigma":null},
			          {"id":"F2","from":"P1","to":"P2","value":4.83,"sigma":0.1449,"relativeSigma":null},
			          {"id":"F3","from":"P1","to":null,"value":3.22,"sigma":null,"relativeSigma":0.03},
			          {"id":"F4","from":"P2","to":null,"value":null,"sigma":null,"relativeSigma":null}],
			 "stocks":[{"process":"P2","change":0.1234567890123,"sigma":0.05,"relativeSigma":null}],
			 "layers":[{"id":"Cd","concentrations":[{"flow":"F1","value":0.02,"sigma":0.002,"relativeSigma":null},
			                                     {"flow":"F4","value":null,"sigma":null,"relativeSigma":null}]}],
			 "relations":[{"terms":[{"flow":"F2","coefficient":1.0},{"flow":"F1","coefficient":-0.52}],"constant":0.0}],
			 "nonNegative":true}""";

	private final JsonMapper json = JsonMapper.builder().build();

	private long create(String park, int year) throws Exception {
		String body = mvc.perform(post("/api/v1/parks/" + park + "/models").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"测试模型\",\"year\":" + year + "}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** The stored document as the API gives it, without its version (which the API adds, and the ETag repeats). */
	private JsonNode document(long id) throws Exception {
		var r = mvc.perform(get("/api/v1/models/" + id).with(admin())).andExpect(status().isOk()).andReturn().getResponse();
		var doc = (tools.jackson.databind.node.ObjectNode) json.readTree(r.getContentAsString());
		assertThat(r.getHeader("ETag")).isEqualTo("\"" + doc.get("version").asLong() + "\"");
		doc.remove("version");
		return doc;
	}

	@Test
	void aStoredModelReconcilesAndItsJsonRoundTripIsExact() throws Exception {
		long id = create("zj-yongjia-ip", 2016);
		mvc.perform(put("/api/v1/models/" + id).header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content(MODEL))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flows").value(4));
		assertThat(document(id)).isEqualTo(json.readTree(MODEL));
		mvc.perform(post("/api/v1/models/" + id + "/reconcile").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flows[3].classification").value("OBSERVABLE"))
			.andExpect(jsonPath("$.layers[0].id").value("Cd"));
		mvc.perform(post("/api/v1/parks/zj-yongjia-ip/models").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"重复\",\"year\":2016}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scenario"));
		mvc.perform(put("/api/v1/models/" + id).header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"processes\":[{\"id\":\"A\"}],\"flows\":[{\"id\":\"X\",\"from\":\"A\",\"to\":\"B\",\"value\":1}]}"))
			.andExpect(status().isBadRequest());
		assertThat(document(id)).isEqualTo(json.readTree(MODEL));
	}

	@Test
	void theExcelRoundTripKeepsTheModelExactly() throws Exception {
		long id = create("zj-cangnan-ip", 2017);
		mvc.perform(put("/api/v1/models/" + id).header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content(MODEL))
			.andExpect(status().isOk());
		byte[] xlsx = mvc.perform(get("/models/" + id + "/export.xlsx").with(signedIn("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long copy = create("zj-cangnan-ip", 2018);
		mvc.perform(multipart("/models/" + copy + "/import").file(new MockMultipartFile("file", "model.xlsx",
				"application/octet-stream", xlsx)).with(signedIn("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(document(copy)).isEqualTo(document(id));
		byte[] exported = mvc.perform(get("/models/" + copy + "/export.json").with(signedIn("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(json.readTree(exported)).isEqualTo(json.readTree(MODEL));
		// the workbook is in the reader's language, and an English one imports as well
		try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(wb.getSheetName(0)).isEqualTo("过程");
			assertThat(wb.getSheet("流").getRow(0).getCell(3).getStringCellValue()).isEqualTo("数值");
		}
		byte[] english = mvc.perform(get("/models/" + id + "/export.xlsx?lang=en").with(signedIn("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(english))) {
			assertThat(wb.getSheetName(1)).isEqualTo("Flows");
		}
		long fromEnglish = create("zj-cangnan-ip", 2019);
		mvc.perform(multipart("/models/" + fromEnglish + "/import").file(new MockMultipartFile("file", "model.xlsx",
				"application/octet-stream", english)).with(signedIn("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(document(fromEnglish)).isEqualTo(document(id));
	}

	@Test
	void aNegativeFlowIsRefusedNamingTheFlow() throws Exception {
		long id = create("zj-pingyang-eda", 2019);
		mvc.perform(put("/api/v1/models/" + id).header("If-Match", "*").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"processes":[{"id":"P"}],"flows":[{"id":"F1","from":null,"to":"P","value":-5},{"id":"F2","from":"P","to":null}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("flows"))
			.andExpect(jsonPath("$.errors[0].message").value("流：流的数值不能为负（流的方向由“来自”和“去往”表示）：F1"));
		assertThat(document(id).get("flows").size()).isZero();
	}

	@Test
	void aModelIsRenamedDeletedIntoTheBinAndRestored() throws Exception {
		long id = create("zj-pingyang-eda", 2020);
		mvc.perform(post("/api/v1/models/" + id + "/rename").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"平阳 2020 基准（修订）\",\"scenario\":\"修订\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("平阳 2020 基准（修订）"))
			.andExpect(jsonPath("$.scenario").value("修订"));
		mvc.perform(delete("/api/v1/models/" + id).with(admin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/models/" + id).with(admin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/parks/zj-pingyang-eda/models").with(admin()))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/parks/zj-pingyang-eda/models/bin").with(admin()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].name", hasItem("平阳 2020 基准（修订）")));
		// its year and scenario are free meanwhile; a restore is then refused until the new one is renamed
		long other = ((Number) JsonPath.read(mvc.perform(post("/api/v1/parks/zj-pingyang-eda/models").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"新的\",\"year\":2020,\"scenario\":\"修订\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(post("/api/v1/models/" + id + "/restore").with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("mfa.model.restoreTaken"));
		mvc.perform(post("/api/v1/models/" + other + "/rename").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"新的\",\"scenario\":\"另一情景\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/models/" + id + "/restore").with(admin())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/models/" + id).with(admin())).andExpect(status().isOk());
	}
}
