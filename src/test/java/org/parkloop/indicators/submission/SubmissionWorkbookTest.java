package org.parkloop.indicators.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The park-wide Excel template: download, fill, upload (all or nothing), export and upload again unchanged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionWorkbookTest extends IntegrationTest {

	static final String PW = "Workbook-pw-2026";
	static final String PARK = "wz-hitech";
	static final String W1 = CreditCode.complete("91330382MA2WKB01");
	static final String W2 = CreditCode.complete("91330382MA2WKB02");

	@BeforeAll
	void enterprisesAndUsers() throws Exception {
		for (String[] e : new String[][] { { W1, "模板测试甲厂" }, { W2, "模板测试乙厂" } }) {
			mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
					{"creditCode":"%s","name":"%s","parkCode":"%s","industryCode":"38","size":"SMALL"}"""
				.formatted(e[0], e[1], PARK))).andExpect(status().isCreated());
		}
		for (String[] u : new String[][] { { "wb-park", "PARK:" + PARK }, { "wb-e1", "ENTERPRISE:" + W1 } }) {
			mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}".formatted(u[0], PW, u[1])))
				.andExpect(status().isCreated());
		}
	}

	private byte[] download(String what) throws Exception {
		return mvc.perform(get("/api/v1/parks/" + PARK + "/submissions/2023/" + what).with(httpBasic("wb-park", PW)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] xlsx) throws Exception {
		return mvc.perform(multipart("/api/v1/parks/" + PARK + "/submissions/2023/import")
			.file(new MockMultipartFile("file", "filled.xlsx", "application/octet-stream", xlsx))
			.with(httpBasic("wb-park", PW)));
	}

	/** The workbook's rows (header first) as text. */
	private static List<List<String>> rows(byte[] xlsx) throws Exception {
		List<List<String>> out = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row r : wb.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 6; c++) {
					var cell = r.getCell(c);
					cells.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
				}
				out.add(cells);
			}
		}
		return out;
	}

	/** The template with values set where (credit code, item) matches: {code, item, value, unit}. */
	private static byte[] fill(byte[] xlsx, String[]... values) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			for (String[] v : values) {
				boolean found = false;
				for (Row r : sheet) {
					if (r.getCell(0).getStringCellValue().equals(v[0]) && r.getCell(2).getStringCellValue().equals(v[1])) {
						r.createCell(4).setCellValue(v[2]);
						r.createCell(5).setCellValue(v[3]);
						found = true;
					}
				}
				if (!found) {
					Row r = sheet.createRow(sheet.getLastRowNum() + 1);
					for (int c = 0; c < 4; c++) {
						r.createCell(c).setCellValue(c == 0 ? v[0] : c == 2 ? v[1] : "");
					}
					r.createCell(4).setCellValue(v[2]);
					r.createCell(5).setCellValue(v[3]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	@Order(1)
	void theTemplateHasARowPerEnterpriseAndItem_AndOnlyTheParkGetsIt() throws Exception {
		List<List<String>> rows = rows(download("template"));
		assertThat(rows.get(0)).containsExactly("统一社会信用代码", "企业名称", "数据项代码", "数据项", "数值", "单位");
		assertThat(rows.stream().filter(r -> r.get(0).equals(W1)).count()).isEqualTo(21);
		assertThat(rows.stream().filter(r -> r.get(0).equals(W2) && r.get(2).equals("energy_consumption")).findFirst())
			.hasValueSatisfying(r -> assertThat(r.subList(3, 6)).containsExactly("综合能源消费量", "", "tce"));
		mvc.perform(get("/api/v1/parks/" + PARK + "/submissions/2023/template").with(httpBasic("wb-e1", PW)))
			.andExpect(status().isForbidden());
	}

	@Test
	@Order(2)
	void aFilledTemplateIsEnteredOnBehalf_AllOrNothing() throws Exception {
		byte[] template = download("template");
		upload(fill(template, new String[] { W1, "cod", "-1", "t" }, new String[] { W2, "so2", "3", "tce" },
				new String[] { CreditCode.complete("91330382MA2WKB09"), "cod", "1", "t" },
				new String[] { W2, "value_added", "abc", "万元" }))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("化学需氧量排放量：数量不能为负"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("不在园区"))));
		mvc.perform(get("/api/v1/submissions").param("parkCode", PARK).param("year", "2023").with(admin()))
			.andExpect(jsonPath("$.length()").value(0));
		upload(fill(template, new String[] { W1, "cod", "5", "t" }, new String[] { W1, "value_added", "100", "万元" },
				new String[] { W2, "cod", "3000", "kg" }))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		mvc.perform(get("/api/v1/submissions").param("creditCode", W2).param("year", "2023").with(httpBasic("wb-park", PW)))
			.andExpect(jsonPath("$[0].onBehalf").value(true))
			.andExpect(jsonPath("$[0].status").value("DRAFT"))
			.andExpect(jsonPath("$[0].values[0].item").value("cod"))
			.andExpect(jsonPath("$[0].values[0].unit").value("kg"))
			.andExpect(jsonPath("$[0].values[0].canonical").value(3));
	}

	@Test
	@Order(3)
	void theExportUploadsAgainWithoutChangingAnything_AndAChangeReplacesTheDraft() throws Exception {
		byte[] export = download("export");
		List<List<String>> rows = rows(export);
		assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(W2, "模板测试乙厂", "cod", "化学需氧量排放量", "3000", "kg"));
		upload(export).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		upload(fill(export, new String[] { W2, "cod", "2.5", "t" })).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
		mvc.perform(get("/api/v1/submissions").param("creditCode", W2).param("year", "2023").with(httpBasic("wb-park", PW)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].values[0].canonical").value(2.5));
	}
}
