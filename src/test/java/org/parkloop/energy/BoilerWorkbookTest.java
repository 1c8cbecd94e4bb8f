package org.parkloop.energy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Boilers as Excel: an import is all or nothing with every row's problems; fuel and coordinate system read in Chinese;
 * the export imports again without changing anything; a changed row changes its boiler only; another park's
 * enterprise is refused; the overdue list as Excel.
 */
class BoilerWorkbookTest extends IntegrationTest {

	static final String PW = "Boiler-book-pw-2026";
	static final String PARK = "bw-park";
	static final String OWN = CreditCode.complete("91330381MA2BWB01");
	static final String ELSEWHERE = CreditCode.complete("91330381MA2BWB02");

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions upload(String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/v1/boilers/import").file(new MockMultipartFile("file", name, "text/csv", bytes))
			.with(httpBasic("bw-park", PW)));
	}

	@Test
	void importAllOrNothingExportImportsAgainUnchanged() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"锅炉表格测试园区","nameEn":"Boiler workbook park","level":"PROVINCIAL",
				 "administeredBy":"瑞安市","establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		send(post("/api/v1/enterprises"), admin(), """
				{"creditCode":"%s","name":"表格测试印染","parkCode":"%s","industryCode":"17","size":"MEDIUM","latitude":27.78,
				 "longitude":120.65}""".formatted(OWN, PARK)).andExpect(status().isCreated());
		send(post("/api/v1/enterprises"), admin(), """
				{"creditCode":"%s","name":"表格测试别园","parkCode":"zj-pingyang-eda","industryCode":"17","size":"SMALL"}"""
			.formatted(ELSEWHERE)).andExpect(status().isCreated());
		send(post("/api/v1/users"), admin(), "{\"username\":\"bw-park\",\"password\":\"%s\",\"grants\":[\"PARK:%s\"]}"
			.formatted(PW, PARK)).andExpect(status().isCreated());

		String header = "企业统一社会信用代码,锅炉名称,容量,容量单位,燃料,投运年份,纬度,经度,坐标系,年耗煤量（吨）\n";
		String bad = header + OWN + ",1号炉,4,t/h,燃煤,2008,,,,2600\n" + OWN + ",2号炉,0,kW,泥煤,2009,,,,\n"
				+ ELSEWHERE + ",别园炉,4,t/h,COAL,2009,,,,\n";
		upload("boilers.csv", bad.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("capacity")))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("capacityUnit")))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("fuel")))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column", hasItem("creditCode")));
		// nothing stored: the good first row neither
		mvc.perform(get("/api/v1/boilers").param("parkCode", PARK).with(httpBasic("bw-park", PW)))
			.andExpect(jsonPath("$.length()").value(0));

		String good = header + OWN + ",1号炉,4,t/h,燃煤,2008,,,,2600\n"
				+ OWN + ",2号炉,7,MW,燃气,2016,27.781,120.655,GCJ02,\n";
		upload("boilers.csv", good.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0));
		mvc.perform(get("/api/v1/boilers").param("parkCode", PARK).with(httpBasic("bw-park", PW)))
			.andExpect(jsonPath("$[?(@.name == '2号炉')].tonnesPerHour", hasItem(10)))
			.andExpect(jsonPath("$[?(@.name == '2号炉')].crs", hasItem("GCJ02")))
			.andExpect(jsonPath("$[?(@.name == '1号炉')].latitude", hasItem(27.78)));

		// the export imports again without changes; a changed capacity changes that boiler only
		byte[] exported = mvc.perform(get("/api/v1/boilers/export").param("parkCode", PARK).with(httpBasic("bw-park", PW)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		upload("boilers.xlsx", exported).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0));
		byte[] changed;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("容量");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(2).getStringCellValue().equals("1号炉")) {
					sheet.getRow(r).getCell(3).setCellValue(6);
				}
			}
			book.write(out);
			changed = out.toByteArray();
		}
		upload("boilers.xlsx", changed).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1));
		mvc.perform(get("/api/v1/boilers").param("parkCode", PARK).with(httpBasic("bw-park", PW)))
			.andExpect(jsonPath("$[?(@.name == '1号炉')].tonnesPerHour", hasItem(6)))
			.andExpect(jsonPath("$[?(@.name == '1号炉')].version", hasItem(1)));

		// the 6 t/h coal boiler is overdue from 2016 on; the overdue list names it with its rule
		byte[] overdue = mvc.perform(get("/api/v1/energy/overdue/export").param("parkCode", PARK)
			.param("asOf", "2016-01-01").with(httpBasic("bw-park", PW)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(overdue))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("表格测试印染");
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("R10-2015-6TH");
			assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(1.0);
		}
	}
}
