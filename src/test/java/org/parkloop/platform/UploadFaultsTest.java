package org.parkloop.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parkloop.support.IntegrationTest;
import org.parkloop.support.Xlsx;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile and broken uploads: each gets a clear 4xx naming the file, nothing is stored, and reading stays within
 * bounded memory (the workbook is streamed; a zip bomb is refused by its ratio, a sheet by its rows).
 */
class UploadFaultsTest extends IntegrationTest {

	private static final String HEADER = "seq,code,name_zh,name_en,level,administered_by_zh,planned_area_km2,target_batch,merged_into,focus_2015,status_note_zh";

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	private int parks() {
		return jdbc.sql("select count(*) from park").query(Integer.class).single();
	}

	private void refused(String name, byte[] content, String message) throws Exception {
		int before = parks();
		mvc.perform(multipart("/api/v1/parks/import").file(new MockMultipartFile("file", name, "application/octet-stream",
				content)).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(message)));
		assertThat(parks()).as(name + " stored nothing").isEqualTo(before);
	}

	private static byte[] goodWorkbook() throws IOException {
		return Xlsx.of(List.of(Arrays.asList((Object[]) HEADER.split(",")),
				List.of(30, "upload-park", "上传园区", "Upload", "PROVINCIAL", "鹿城区", 2.5, 2017, "", "false", "")));
	}

	@Test
	void aGoodWorkbookImports() throws Exception {
		mvc.perform(multipart("/api/v1/parks/import").file(new MockMultipartFile("file", "parks.xlsx",
				"application/octet-stream", goodWorkbook())).with(admin()))
			.andExpect(status().isOk());
	}

	@Test
	void corruptAndTruncatedWorkbooksAreRefused() throws Exception {
		byte[] random = new byte[50_000];
		new Random(7).nextBytes(random);
		refused("corrupt.xlsx", random, "无法读取文件");
		byte[] good = goodWorkbook();
		refused("truncated.xlsx", Arrays.copyOf(good, good.length / 2), "无法读取文件");
		refused("empty.xlsx", new byte[0], "无法读取文件");
	}

	@Test
	void aZipBombIsRefusedWithoutUnpackingIt() throws Exception {
		// one cell of 400 MB of the same letter: a few hundred kB packed
		byte[] bomb = Xlsx.withSheet(goodWorkbook(), "xl/worksheets/sheet1.xml", Xlsx.ZIP_BOMB);
		assertThat(bomb.length).isLessThan(3 * 1024 * 1024);
		refused("bomb.xlsx", bomb, "无法读取文件");
	}

	@Test
	void aSheetOfTooManyRowsStopsAtTheLimit() throws Exception {
		byte[] many = Xlsx.withSheet(goodWorkbook(), "xl/worksheets/sheet1.xml", w -> {
			for (int r = 1; r <= 60_000; r++) {
				w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>园区" + r + "</t></is></c></row>");
			}
		});
		refused("many.xlsx", many, "50000");
	}

	@Test
	void binaryFilesNamedCsvAreRefused() throws Exception {
		byte[] zeros = new byte[4096];
		refused("zeros.csv", zeros, "不是文本文件");
		refused("workbook.csv", goodWorkbook(), "编码");
		byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
		refused("image.csv", png, "编码");
	}

	@Test
	void anOversizedUploadIsRefusedBeforeItIsRead() throws Exception {
		int before = parks();
		String boundary = "----parkloop" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + HEADER + "\n").getBytes(StandardCharsets.UTF_8));
		byte[] line = "99,big,大,Big,PROVINCIAL,鹿城区,1,2017,,false,\n".getBytes(StandardCharsets.UTF_8);
		while (body.size() < 21 * 1024 * 1024) {
			body.write(line);
		}
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/parks/import"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("内容过大");
		assertThat(parks()).isEqualTo(before);
	}
}
