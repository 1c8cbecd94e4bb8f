package org.parkloop.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.parkloop.support.Xlsx;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Imports are all-or-nothing with a row-by-row report; exports import again. */
class ImportTest extends IntegrationTest {

	private static final String HEADER = "seq,code,name_zh,name_en,level,administered_by_zh,planned_area_km2,target_batch,merged_into,focus_2015,status_note_zh\n";

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	@Test
	void aCsvWithBadRowsIsRejectedWholeWithEveryRowsProblem() throws Exception {
		String csv = HEADER
				+ "20,imp-good,好园区,Good,PROVINCIAL,鹿城区,2.5,2017,,false,\n"
				+ "21,imp-good,重复园区,Dup,PROVINCIAL,鹿城区,1,,,false,\n"
				+ "22,imp-level,级别错,,COUNTY,鹿城区,1,,,false,\n"
				+ "23,imp-area,面积错,,PROVINCIAL,鹿城区,-3,,,false,\n"
				+ "24,imp-merge,并入错,,PROVINCIAL,鹿城区,1,,imp-missing,false,\n"
				+ "25,imp-number,数字错,,PROVINCIAL,鹿城区,abc,20x7,,maybe,\n";
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].row", contains(3, 4, 5, 6, 7, 7, 7)))
			.andExpect(jsonPath("$.errors[*].column", contains("code", "level", "plannedAreaKm2", "mergedInto",
					"plannedAreaKm2", "targetBatch", "focus")))
			.andExpect(jsonPath("$.errors[0].message").value("第3行，编码：编码“imp-good”在文件中重复出现"))
			.andExpect(jsonPath("$.errors[1].message").value("第4行，级别：未知的级别“COUNTY”，应为 NATIONAL（国家级）或 PROVINCIAL（省级）"))
			.andExpect(jsonPath("$.errors[2].message").value("第5行，规划面积（平方公里）：规划面积不能为负数（-3）"))
			.andExpect(jsonPath("$.errors[3].message").value("第6行，并入园区：并入的园区“imp-missing”不存在"));
		mvc.perform(get("/api/v1/parks/imp-good").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void theErrorReportIsInEnglishForEnglishCallers() throws Exception {
		String csv = HEADER + "1,imp-en,英文,,NOPE,鹿城区,,,,false,\n";
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(admin())
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Row 2, Level: unknown level “NOPE”: use NATIONAL or PROVINCIAL"));
	}

	@Test
	void aGoodCsvIsImportedWithMergesBetweenItsRowsAndUpdatesExistingParks() throws Exception {
		String csv = "\uFEFF" + HEADER
				+ "30,imp-a,甲园区,Park A,NATIONAL,瑞安市,12,2020,,true,\"说明，含逗号\"\n"
				+ "31,imp-b,乙园区,Park B,省级,瑞安市,,2020,imp-a,否,\n";
		mvc.perform(multipart("/api/v1/parks/import").file(file("more-parks.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		mvc.perform(get("/api/v1/parks/imp-b").with(admin()))
			.andExpect(jsonPath("$.mergedInto").value("imp-a"))
			.andExpect(jsonPath("$.level").value("PROVINCIAL"));
		mvc.perform(get("/api/v1/parks/imp-a").with(admin())).andExpect(jsonPath("$.note").value("说明，含逗号"));
		String again = HEADER + "30,imp-a,甲园区（更名）,Park A,NATIONAL,瑞安市,12,2020,,true,\n";
		mvc.perform(multipart("/api/v1/parks/import").file(file("more-parks.csv", again.getBytes(StandardCharsets.UTF_8)))
			.with(admin()))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));
		mvc.perform(get("/api/v1/parks/imp-a").with(admin())).andExpect(jsonPath("$.nameZh").value("甲园区（更名）"));
	}

	@Test
	void anExcelFileWithChineseHeadersImportsAndABadRowStopsIt() throws Exception {
		List<Object> header = List.of("编码", "园区名称", "级别", "管理单位", "规划面积（平方公里）");
		byte[] bad = Xlsx.of(List.of(header, List.of("imp-x1", "Excel园区一", "PROVINCIAL", "永嘉县", 4.2),
				List.of("imp-x2", "Excel园区二", "PROVINCIAL", "永嘉县", -1)));
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.xlsx", bad)).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3));
		mvc.perform(get("/api/v1/parks/imp-x1").with(admin())).andExpect(status().isNotFound());

		byte[] good = Xlsx.of(List.of(header, List.of("imp-x1", "Excel园区一", "PROVINCIAL", "永嘉县", 4.2)));
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.xlsx", good)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		mvc.perform(get("/api/v1/parks/imp-x1").with(admin())).andExpect(jsonPath("$.plannedAreaKm2").value(4.2));
	}

	@Test
	void aFileThatIsNotATableOrLacksAColumnIsRefusedWithTheReason() throws Exception {
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.pdf", new byte[] { 1, 2 })).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("不支持的文件类型“parks.pdf”：请上传 .csv 或 .xlsx 文件"));
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.xlsx", new byte[] { 1, 2, 3 })).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("无法读取文件“parks.xlsx”"));
		mvc.perform(multipart("/api/v1/parks/import")
			.file(file("parks.csv", "code,name_zh\nimp-c,缺列\n".getBytes(StandardCharsets.UTF_8)))
			.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("缺少必需的列“级别”（level）"));
	}

	@Test
	void theParkExportIsARealWorkbookThatImportsAgain() throws Exception {
		byte[] xlsx = mvc.perform(get("/parks/export").with(signedIn("admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("编码");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("wz-etdz");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(11);
		}
		mvc.perform(multipart("/api/v1/parks/import").file(file("parks.xlsx", xlsx)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0));
	}

	@Test
	void enterprisesImportFromExcelAllOrNothing() throws Exception {
		List<Object> header = List.of("统一社会信用代码", "企业名称", "园区编码", "行业代码", "企业规模", "纬度", "经度");
		byte[] bad = Xlsx.of(List.of(header,
				List.of("914403001922038216", "导入企业甲", "zj-ruian-eda", "34", "中型", 27.78, 120.62),
				List.of("914403001922038217", "导入企业乙", "zj-ruian-eda", "34", "SMALL", 27.78, 120.62),
				List.of("91330100716105852F", "导入企业丙", "no-park", "99", "HUGE", 127.0, 120.62)));
		mvc.perform(multipart("/api/v1/enterprises/import").file(file("enterprises.xlsx", bad)).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", contains("creditCode", "parkCode", "industryCode", "latitude", "size")))
			.andExpect(jsonPath("$.errors[0].message").value("第3行，统一社会信用代码：统一社会信用代码“914403001922038217”的校验码不正确（GB 32100-2015）"));
		mvc.perform(get("/api/v1/enterprises/914403001922038216").with(admin())).andExpect(status().isNotFound());

		byte[] good = Xlsx.of(List.of(header,
				List.of("914403001922038216", "导入企业甲", "zj-ruian-eda", "34", "中型", 27.78, 120.62),
				List.of("9144030071526726XG", "导入企业乙", "zj-ruian-eda", "38", "SMALL")));
		mvc.perform(multipart("/api/v1/enterprises/import").file(file("enterprises.xlsx", good)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		mvc.perform(get("/api/v1/enterprises?park=zj-ruian-eda").with(admin()))
			.andExpect(jsonPath("$[*].creditCode", hasItems("914403001922038216", "9144030071526726XG")));
		mvc.perform(get("/api/v1/enterprises/914403001922038216").with(admin())).andExpect(jsonPath("$.size").value("MEDIUM"));
	}

	/** What Excel writes on Chinese Windows ("CSV (逗号分隔)") is GBK; it reads like UTF-8, with or without a BOM. */
	@Test
	void csvInGbkAndUtf8WithABomAreReadAndAnUndecodableFileSaysSo() throws Exception {
		String csv = "编码,园区名称,级别,管理单位,重点园区,设立日期\n"
				+ "imp-gbk,国标编码园区,省级,鹿城区,否,2016-05-01\n";
		mvc.perform(multipart("/api/v1/parks/import").file(file("gbk.csv", csv.getBytes(java.nio.charset.Charset.forName("GBK"))))
			.with(admin())).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		mvc.perform(get("/api/v1/parks/imp-gbk").with(admin()))
			.andExpect(jsonPath("$.nameZh").value("国标编码园区"))
			.andExpect(jsonPath("$.level").value("PROVINCIAL"))
			.andExpect(jsonPath("$.establishedOn").value("2016-05-01"));
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] utf8 = csv.replace("imp-gbk,国标编码园区", "imp-bom,带签名园区").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + utf8.length];
		System.arraycopy(bom, 0, withBom, 0, bom.length);
		System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
		mvc.perform(multipart("/api/v1/parks/import").file(file("bom.csv", withBom)).with(admin()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/parks/imp-bom").with(admin())).andExpect(jsonPath("$.nameZh").value("带签名园区"));
		byte[] garbage = { (byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x81, 0x30, (byte) 0xFF, (byte) 0x80, 0x0A };
		mvc.perform(multipart("/api/v1/parks/import").file(file("bad.csv", garbage)).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("UTF-8 或 GBK")));
	}
}
