package org.parkloop.exchange;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exchange through its API, as its users meet it: the catalogue and rules, listings and what others see of them,
 * ranked candidates, licences (code, capacity, validity, province), maximum distances, the deal lifecycle with its
 * manifests and completion event, and scope.
 */
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeTest extends IntegrationTest {

	static final String PW = "Exchange-pw-2026";

	/** Power plant (supplier), cement plant (receiver), both in Pingyang; a licensed receiver, an unlicensed one and
	 * an out-of-province licensee in Cangnan. */
	static final String A = code("91330326MA2EXA01");
	static final String B = code("91330326MA2EXB02");
	static final String C = code("91330327MA2EXC03");
	static final String D = code("91330327MA2EXD04");
	static final String E = code("91330327MA2EXE05");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	static String code(String first16) {
		return CreditCode.complete(first16);
	}

	@BeforeAll
	void enterprisesUsersAndLicences() throws Exception {
		enterprise(A, "交换测试热电厂", "zj-pingyang-eda", "44", 27.660, 120.560);
		enterprise(B, "交换测试水泥厂", "zj-pingyang-eda", "30", 27.670, 120.575);
		enterprise(C, "交换测试危废利用厂", "zj-cangnan-ip", "77", 27.520, 120.420);
		enterprise(D, "交换测试机械厂", "zj-cangnan-ip", "34", 27.525, 120.430);
		enterprise(E, "交换测试外省利用厂", "zj-cangnan-ip", "77", 27.530, 120.440);
		for (String[] u : new String[][] { { "ex-a", "ENTERPRISE:" + A }, { "ex-b", "ENTERPRISE:" + B },
				{ "ex-c", "ENTERPRISE:" + C }, { "ex-d", "ENTERPRISE:" + D }, { "ex-e", "ENTERPRISE:" + E },
				{ "ex-park", "PARK:zj-pingyang-eda" } }) {
			mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\",\"grants\":[\"%s\"]}".formatted(u[0], PW, u[1])))
				.andExpect(status().isCreated());
		}
		LocalDate today = LocalDate.now();
		licence("测试危废证-C", C, "HW08", 20, today.minusYears(1), today.plusYears(1), "浙江省").andExpect(status().isCreated());
		licence("测试危废证-E", E, "900-249-08", 100, today.minusYears(1), today.plusYears(1), "江西省").andExpect(status().isCreated());
		licence("测试危废证-D-过期", D, "HW08", 100, today.minusYears(3), today.minusDays(1), "浙江省").andExpect(status().isCreated());
	}

	private void enterprise(String code, String name, String park, String industry, double lat, double lon) throws Exception {
		mvc.perform(post("/api/v1/enterprises").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"creditCode":"%s","name":"%s","parkCode":"%s","industryCode":"%s","latitude":%s,"longitude":%s,"size":"MEDIUM"}"""
			.formatted(code, name, park, industry, lat, lon))).andExpect(status().isCreated());
	}

	private org.springframework.test.web.servlet.ResultActions licence(String number, String holder, String codes,
			double capacity, LocalDate from, LocalDate to, String province) throws Exception {
		return mvc.perform(post("/api/v1/exchange/licences").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"number":"%s","holder":"%s","codes":["%s"],"annualCapacityTonnes":%s,"validFrom":"%s","validTo":"%s","province":"%s"}"""
			.formatted(number, holder, codes, capacity, from, to, province)));
	}

	private static RequestPostProcessor as(String user) {
		return httpBasic(user, PW);
	}

	private long create(String user, String json) throws Exception {
		String body = mvc.perform(post("/api/v1/exchange/listings").with(as(user)).contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private MockHttpServletRequestBuilder propose(String user, long offer, long need, double quantity) {
		return post("/api/v1/exchange/deals").with(as(user)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"offerId\":%d,\"needId\":%d,\"quantity\":%s,\"price\":25}".formatted(offer, need, quantity));
	}

	private long id(org.springframework.test.web.servlet.ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static double num(String body, String path) {
		return ((Number) JsonPath.read(body, path)).doubleValue();
	}

	/** The row of the deal in the user's Excel export of deals (empty when not there), cell by cell. */
	private java.util.List<String> exportedDeal(String user, long deal) throws Exception {
		byte[] xlsx = mvc.perform(get("/exchange/deals/export.xlsx").with(signedIn(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == deal) {
					java.util.List<String> cells = new java.util.ArrayList<>();
					row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
							? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
					return cells;
				}
			}
		}
		return java.util.List.of();
	}

	static double km(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
		double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
		return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
	}

	@Test
	void everyMaterialIsCountedInAUnitOfThePlatform() throws Exception {
		String body = mvc.perform(get("/api/v1/exchange/materials").with(as("ex-d"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		java.util.List<String> units = com.jayway.jsonpath.JsonPath.read(body, "$[*].unit");
		assertThat(units).isNotEmpty().allSatisfy(u -> assertThat(org.parkloop.shared.Unit.find(u)).as(u).isPresent());
	}

	@Test
	void theCatalogueHoldsTheCategoriesAndTheCommonCodes() throws Exception {
		String body = mvc.perform(get("/api/v1/exchange/materials").with(as("ex-d"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		java.util.List<String> codes = JsonPath.read(body, "$[*].code");
		for (int i = 1; i <= 50; i++) {
			assertThat(codes).contains("HW%02d".formatted(i));
		}
		assertThat(codes).contains("SW02", "SW03", "SW06", "SW07", "SW01-STEEL", "SW16", "SW17-PLASTIC", "SW17-METAL",
				"SW17-PAPER", "SW17-WOOD", "SW14-TEXTILE", "900-214-08", "900-249-08", "336-064-17", "HEAT-STEAM",
				"WATER-RECLAIMED");
		assertThat((java.util.List<String>) JsonPath.read(body, "$[?(@.code == '900-249-08')].category")).containsExactly("HW08");
		assertThat((java.util.List<String>) JsonPath.read(body, "$[?(@.code == 'WATER-RECLAIMED')].unit")).containsExactly("m3");
	}

	@Test
	void rulesAreKeptByCityUsersAndEachCitesItsSource() throws Exception {
		String rule = """
				{"materialCode":"SW03","useZh":"路面基层","useEn":"Road base","industryCode":"48","maxDistanceKm":50%s}""";
		mvc.perform(post("/api/v1/exchange/rules").with(admin()).contentType(MediaType.APPLICATION_JSON).content(rule.formatted("")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		mvc.perform(post("/api/v1/exchange/rules").with(as("ex-a")).contentType(MediaType.APPLICATION_JSON)
			.content(rule.formatted(",\"source\":\"JTG/T F20-2015\""))).andExpect(status().isForbidden());
		long id = id(mvc.perform(post("/api/v1/exchange/rules").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(rule.formatted(",\"source\":\"JTG/T F20-2015《公路路面基层施工技术细则》\"")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.industryCode").value("48")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/exchange/rules/" + id).header("If-Match", "*")
			.with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
					{"materialCode":"SW03","useZh":"路面基层","industryCode":"48","source":"JTG/T F20-2015","active":false}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false)).andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void licencesAreImportedAllOrNothingWithARowByRowReport() throws Exception {
		java.util.List<Object> header = java.util.List.of("许可证编号", "持证企业统一社会信用代码", "核准经营的废物代码或类别",
				"年经营规模（吨）", "有效期起", "有效期至", "发证省份");
		java.util.List<Object> good = java.util.List.of("导入证-1", C, "HW49, 900-041-49", 300, "2026-01-01", "2030-12-31", "浙江省");
		java.util.List<Object> bad = java.util.List.of("导入证-2", D, "HW99", "很多", "2030/1/1", "2026/1/1", "浙江省");
		long before = jdbc.sql("select count(*) from exchange_licence").query(Long.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/exchange/licences/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "licences.xlsx", "application/octet-stream",
					org.parkloop.support.Xlsx.of(java.util.List.of(header, good, bad))))
			.with(admin()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].row", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(3))))
			.andExpect(jsonPath("$.errors[*].column", org.hamcrest.Matchers.containsInAnyOrder("codes",
					"annualCapacityTonnes", "validTo")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("HW99"))))
			.andExpect(jsonPath("$.errors[*].message", hasItem("第3行，年经营规模（吨）：“很多”不是数字")));
		assertThat(jdbc.sql("select count(*) from exchange_licence").query(Long.class).single()).isEqualTo(before);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/exchange/licences/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "licences.xlsx", "application/octet-stream",
					org.parkloop.support.Xlsx.of(java.util.List.of(header, good))))
			.with(as("ex-c")))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/exchange/licences/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "licences.xlsx", "application/octet-stream",
					org.parkloop.support.Xlsx.of(java.util.List.of(header, good))))
			.with(admin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		mvc.perform(get("/api/v1/exchange/licences").with(as("ex-d")))
			.andExpect(jsonPath("$[?(@.number == '导入证-1')].codes[*]", hasItem("900-041-49")))
			.andExpect(jsonPath("$[?(@.number == '导入证-1')].validTo", hasItem("2030-12-31")));
	}

	@Test
	void othersSeeAListingAsPublishedNeverItsPrivateFigures() throws Exception {
		long offer = create("ex-a", """
				{"kind":"OFFER","title":"脱硫石膏（可见性）","materialCode":"SW06","quantity":100,"period":"MONTH","price":30,
				 "disposalCost":45,"properties":"含水率 10%"}""");
		mvc.perform(get("/api/v1/exchange/listings/" + offer).with(as("ex-a")))
			.andExpect(jsonPath("$.price").value(30.0)).andExpect(jsonPath("$.own").value(true));
		mvc.perform(get("/api/v1/exchange/listings/" + offer).with(as("ex-d")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enterpriseName").value("交换测试热电厂"))
			.andExpect(jsonPath("$.properties").value("含水率 10%"))
			.andExpect(jsonPath("$.price").value(nullValue()))
			.andExpect(jsonPath("$.disposalCost").value(nullValue()));
		mvc.perform(get("/api/v1/exchange/listings?material=SW06").with(as("ex-d")))
			.andExpect(jsonPath("$[*].id", hasItem((int) offer)))
			.andExpect(jsonPath("$[?(@.id == " + offer + ")].price", hasItem(nullValue())));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/exchange/listings/" + offer).header("If-Match", "*")
			.with(as("ex-a")).contentType(MediaType.APPLICATION_JSON).content("""
					{"title":"脱硫石膏（可见性）","materialCode":"SW06","quantity":150,"period":"MONTH","price":28}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.quantity").value(150.0)).andExpect(jsonPath("$.price").value(28.0))
			.andExpect(jsonPath("$.kind").value("OFFER"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/exchange/listings/" + offer).header("If-Match", "*")
			.with(as("ex-d")).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\",\"quantity\":1}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/exchange/listings/" + offer + "/close").with(as("ex-d"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/exchange/listings/" + offer + "/close").with(as("ex-a"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/exchange/listings/" + offer).with(as("ex-d"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/exchange/listings/" + offer).with(as("ex-park"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.price").value(nullValue()));
	}

	@Test
	void badListingsAreRejectedNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/exchange/listings").with(as("ex-b")).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"NEED","title":"","quantity":-1,"accepts":[{"materialCode":"NOPE"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[?(@.field == 'quantity')].message", hasItem("数量：必须大于零")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("maxDistanceKm")))
			.andExpect(jsonPath("$.errors[?(@.field == 'accepts')].message", hasItem(containsString("NOPE"))));
		mvc.perform(post("/api/v1/exchange/listings").with(as("ex-park")).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"OFFER","title":"x","materialCode":"SW06","quantity":1}""")).andExpect(status().isForbidden());
	}

	@Test
	void candidatesAreRankedWithTheirRuleDistanceCostAndBenefit() throws Exception {
		long offer = create("ex-a", """
				{"kind":"OFFER","title":"脱硫石膏（匹配）","materialCode":"SW06","quantity":100,"period":"MONTH","disposalCost":45}""");
		long near = create("ex-b", """
				{"kind":"NEED","title":"水泥缓凝剂原料","quantity":600,"maxDistanceKm":50,"accepts":[{"materialCode":"SW06","valuePerUnit":60}]}""");
		long far = create("ex-d", """
				{"kind":"NEED","title":"石膏（远）","quantity":2000,"maxDistanceKm":200,"accepts":[{"materialCode":"SW06","valuePerUnit":20}]}""");
		long past = create("ex-c", """
				{"kind":"NEED","title":"石膏（已过期）","quantity":2000,"maxDistanceKm":200,"availableTo":"%s",
				 "accepts":[{"materialCode":"SW06","valuePerUnit":90}]}""".formatted(LocalDate.now().minusDays(1)));
		long tooFar = create("ex-e", """
				{"kind":"NEED","title":"石膏（限距 1 km）","quantity":2000,"maxDistanceKm":1,"accepts":[{"materialCode":"SW06","valuePerUnit":90}]}""");
		double dNear = km(27.660, 120.560, 27.670, 120.575) * 1.3;
		double dFar = km(27.660, 120.560, 27.525, 120.430) * 1.3;
		String body = mvc.perform(get("/api/v1/exchange/listings/" + offer + "/candidates").with(as("ex-a")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<Integer> partners = JsonPath.read(body, "$[*].partner.id");
		assertThat(partners).doesNotContain((int) tooFar, (int) past);
		int i = partners.indexOf((int) near);
		int j = partners.indexOf((int) far);
		assertThat(i).isGreaterThanOrEqualTo(0).isLessThan(j);
		double tonnes = 600; // the need takes 600 t a year of the 1,200 on offer
		assertThat(num(body, "$[" + i + "].distanceKm")).isCloseTo(dNear, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(num(body, "$[" + i + "].tonnes")).isEqualTo(tonnes);
		assertThat(num(body, "$[" + i + "].netBenefit"))
			.isCloseTo(tonnes * (45 + 60 - 0.6 * dNear), org.assertj.core.data.Offset.offset(1e-6));
		assertThat(num(body, "$[" + i + "].transportCost"))
			.isCloseTo(tonnes * 0.6 * dNear, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(num(body, "$[" + i + "].transportCo2"))
			.isCloseTo(tonnes * dNear * 0.107 / 1000, org.assertj.core.data.Offset.offset(1e-9));
		assertThat((String) JsonPath.read(body, "$[" + i + "].rule.source")).contains("GB/T");
		assertThat((String) JsonPath.read(body, "$[" + i + "].rule.industryCode")).isEqualTo("30");
		assertThat((Object) JsonPath.read(body, "$[" + j + "].rule")).as("no rule covers gypsum for machinery").isNull();
		assertThat((Object) JsonPath.read(body, "$[" + i + "].partner.price")).isNull();
		assertThat(num(body, "$[" + j + "].distanceKm")).isCloseTo(dFar, org.assertj.core.data.Offset.offset(1e-9));
		// the need's view ranks the offer too; a stranger may not look
		mvc.perform(get("/api/v1/exchange/listings/" + near + "/candidates").with(as("ex-b")))
			.andExpect(jsonPath("$[*].partner.id", hasItem((int) offer)));
		mvc.perform(get("/api/v1/exchange/listings/" + offer + "/candidates").with(as("ex-d"))).andExpect(status().isForbidden());
		mvc.perform(propose("ex-e", offer, tooFar, 10)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("km")));
	}

	@Test
	void hazardousWasteGoesOnlyToAValidLicenceWithCapacityAndAcrossTheBorderOnlyWithApproval() throws Exception {
		long oil = create("ex-a", """
				{"kind":"OFFER","title":"废矿物油","materialCode":"900-249-08","quantity":50,"period":"YEAR","disposalCost":3000}""");
		long licensed = create("ex-c", """
				{"kind":"NEED","title":"废矿物油再生","quantity":100,"maxDistanceKm":100,"accepts":[{"materialCode":"HW08","valuePerUnit":800}]}""");
		long both = create("ex-c", """
				{"kind":"NEED","title":"废矿物油（类别与代码）","quantity":5,"maxDistanceKm":100,
				 "accepts":[{"materialCode":"HW08","valuePerUnit":100},{"materialCode":"900-249-08","valuePerUnit":900}]}""");
		long expired = create("ex-d", """
				{"kind":"NEED","title":"废油（许可证过期）","quantity":100,"maxDistanceKm":100,"accepts":[{"materialCode":"HW08","valuePerUnit":900}]}""");
		long outside = create("ex-e", """
				{"kind":"NEED","title":"废油（外省）","quantity":100,"maxDistanceKm":100,"accepts":[{"materialCode":"900-249-08","valuePerUnit":700}]}""");
		String body = mvc.perform(get("/api/v1/exchange/listings/" + oil + "/candidates").with(as("ex-a")))
			.andReturn().getResponse().getContentAsString();
		java.util.List<Integer> partners = JsonPath.read(body, "$[*].partner.id");
		assertThat(partners).contains((int) licensed, (int) outside).doesNotContain((int) expired);
		int twice = partners.indexOf((int) both);
		assertThat(partners.stream().filter(p -> p == (int) both)).as("one candidate per need").hasSize(1);
		double dBoth = num(body, "$[" + twice + "].distanceKm");
		assertThat(num(body, "$[" + twice + "].netBenefit")).as("the code it names keeps its own value")
			.isCloseTo(5 * (3000 + 900 - 0.6 * dBoth), org.assertj.core.data.Offset.offset(1e-6));
		mvc.perform(post("/api/v1/exchange/listings/" + both + "/close").with(as("ex-c"))).andExpect(status().isOk());
		int c = partners.indexOf((int) licensed);
		assertThat((String) JsonPath.read(body, "$[" + c + "].licenceNumber")).isEqualTo("测试危废证-C");
		assertThat(num(body, "$[" + c + "].tonnes")).as("capped by the licence's 20 t").isEqualTo(20.0);
		assertThat((Boolean) JsonPath.read(body, "$[" + partners.indexOf((int) outside) + "].crossProvince")).isTrue();

		mvc.perform(propose("ex-a", oil, expired, 5)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("许可证")));
		mvc.perform(propose("ex-a", oil, licensed, 25)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("20")));
		long first = id(mvc.perform(propose("ex-a", oil, licensed, 15)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.crossProvince").value(false)));
		mvc.perform(post("/api/v1/exchange/deals/" + first + "/agree").with(as("ex-c"))).andExpect(status().isOk());
		mvc.perform(propose("ex-a", oil, licensed, 10)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("5")));

		long cross = id(mvc.perform(propose("ex-e", oil, outside, 10)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.crossProvince").value(true)));
		mvc.perform(post("/api/v1/exchange/deals/" + cross + "/agree").with(as("ex-e"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/exchange/deals/" + cross + "/agree").with(as("ex-a"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/exchange/deals/" + cross + "/deliver").with(as("ex-a"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("审批")));
		mvc.perform(post("/api/v1/exchange/deals/" + cross + "/deliver").with(as("ex-a")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"approvalRef\":\"赣环危转〔2026〕88号\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERING")).andExpect(jsonPath("$.approvalRef").value("赣环危转〔2026〕88号"));
		mvc.perform(post("/api/v1/exchange/deals/" + cross + "/shipments").with(as("ex-a")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\":\"%s\",\"quantity\":4}".formatted(LocalDate.now()))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("转移联单")));
		mvc.perform(post("/api/v1/exchange/deals/" + cross + "/shipments").with(as("ex-a")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\":\"%s\",\"quantity\":4,\"manifestNo\":\"TEST-M-0001\"}".formatted(LocalDate.now())))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.shipments[0].manifestNo").value("TEST-M-0001"));
	}

	@Test
	void aDealRunsItsLifecycleAndItsCompletionBecomesFlowsOfTheParkModel() throws Exception {
		long offer = create("ex-a", """
				{"kind":"OFFER","title":"粉煤灰","materialCode":"SW02","quantity":1000,"period":"MONTH","disposalCost":40}""");
		long need = create("ex-b", """
				{"kind":"NEED","title":"水泥混合材","quantity":5000,"maxDistanceKm":30,"accepts":[{"materialCode":"SW02","valuePerUnit":50}]}""");
		mvc.perform(propose("ex-d", offer, need, 10)).andExpect(status().isForbidden());
		long deal = id(mvc.perform(propose("ex-b", offer, need, 300)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED")).andExpect(jsonPath("$.price").value(25.0)));
		// the deal waits for the supplier: it is in the supplier's inbox, with the count in the header
		mvc.perform(get("/home").with(signedIn("ex-a")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认交易：")))
			.andExpect(content().string(containsString("/exchange/deals/" + deal)))
			.andExpect(content().string(containsString("id=\"inbox-count\"")));
		mvc.perform(get("/home").with(signedIn("ex-b"))).andExpect(content().string(containsString("暂无待办事项")));
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/agree").with(as("ex-b"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/deliver").with(as("ex-a"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/agree").with(as("ex-a"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"));
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/deliver").with(as("ex-b"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/deliver").with(as("ex-a"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/complete").with(as("ex-b"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("发运")));
		int year = LocalDate.now().getYear();
		for (double q : new double[] { 120, 180 }) {
			mvc.perform(post("/api/v1/exchange/deals/" + deal + "/shipments").with(as("ex-a")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"shippedOn\":\"%s\",\"quantity\":%s}".formatted(LocalDate.now(), q))).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/shipments").with(as("ex-a")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"shippedOn\":\"%s\",\"quantity\":1}".formatted(LocalDate.now()))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/cancel").with(as("ex-b"))).andExpect(status().isConflict());
		events.clear();
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/complete").with(as("ex-b"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		DealCompleted event = events.stream(DealCompleted.class).findFirst().orElseThrow();
		assertThat(event.dealId()).isEqualTo(deal);
		assertThat(event.supplier().creditCode()).isEqualTo(A);
		assertThat(event.receiver().name()).isEqualTo("交换测试水泥厂");
		assertThat(event.total()).isEqualTo(org.parkloop.shared.Quantity.of("300", "t"));
		assertThat(event.unit()).isEqualTo(org.parkloop.shared.Unit.TONNE);

		// scope: the parties see the price, the park sees the deal without it, another enterprise not at all
		mvc.perform(get("/api/v1/exchange/deals/" + deal).with(as("ex-a"))).andExpect(jsonPath("$.price").value(25.0));
		mvc.perform(get("/api/v1/exchange/deals/" + deal).with(as("ex-park"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.price").value(nullValue()));
		mvc.perform(get("/api/v1/exchange/deals/" + deal).with(as("ex-d"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/exchange/deals").with(as("ex-d"))).andExpect(jsonPath("$[*].id", not(hasItem((int) deal))));
		mvc.perform(post("/api/v1/exchange/deals/" + deal + "/cancel").with(as("ex-park"))).andExpect(status().isForbidden());
		assertThat(exportedDeal("ex-a", deal)).contains("交换测试热电厂", "交换测试水泥厂", "已完成").containsSubsequence("300.0", "25.0");
		assertThat(exportedDeal("ex-park", deal)).contains("已完成").doesNotContain("25.0");
		assertThat(exportedDeal("ex-d", deal)).isEmpty();

		// the information centre counts it; the park's model takes it as a flow between the two enterprises
		mvc.perform(get("/api/v1/exchange/statistics").with(as("ex-d")))
			.andExpect(jsonPath("$.byMaterial[?(@.key == 'SW02')].quantity", hasItem(300.0)));
		String model = mvc.perform(post("/api/v1/parks/zj-pingyang-eda/models").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"交换测试\",\"year\":" + year + "}")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long modelId = ((Number) JsonPath.read(model, "$.id")).longValue();
		mvc.perform(post("/models/" + modelId + "/flows/from-exchange").with(signedIn("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message",
					containsString("1")));
		// taken again (here through the API), the delivery is updated, not repeated
		mvc.perform(post("/api/v1/models/" + modelId + "/flows/from-exchange").with(admin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0));
		mvc.perform(get("/api/v1/models/" + modelId).with(admin()))
			.andExpect(jsonPath("$.flows[?(@.id == 'EX-" + deal + "')].from", hasItem(A)))
			.andExpect(jsonPath("$.flows[?(@.id == 'EX-" + deal + "')].to", hasItem(B)))
			.andExpect(jsonPath("$.flows[?(@.id == 'EX-" + deal + "')].value", hasItem(300.0)))
			.andExpect(jsonPath("$.processes[*].id", hasItem(A)));
		// a new model of only the deliveries reconciles as the deliveries say: the two enterprises were given their
		// unknown other input and output, which the balances determine (not all forced to zero)
		mvc.perform(post("/api/v1/models/" + modelId + "/reconcile").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flows[?(@.id == 'EX-" + deal + "')].value", hasItem(closeTo(300.0, 1e-6))))
			.andExpect(jsonPath("$.flows[?(@.id == 'IN-" + A + "')].value", hasItem(closeTo(300.0, 1e-6))))
			.andExpect(jsonPath("$.flows[?(@.id == 'IN-" + A + "')].classification", hasItem("OBSERVABLE")))
			.andExpect(jsonPath("$.flows[?(@.id == 'OUT-" + B + "')].value", hasItem(closeTo(300.0, 1e-6))))
			.andExpect(jsonPath("$.chiSquare", closeTo(0.0, 1e-9)));
	}

	@Test
	void aParkPlansTheOptimalAllocationOfItsOpenListings() throws Exception {
		create("ex-a", """
				{"kind":"OFFER","title":"炉渣（规划）","materialCode":"SW03","quantity":50,"period":"MONTH","disposalCost":35}""");
		create("ex-b", """
				{"kind":"NEED","title":"砌块原料（规划）","quantity":400,"maxDistanceKm":30,"accepts":[{"materialCode":"SW03","valuePerUnit":20}]}""");
		mvc.perform(get("/api/v1/exchange/plan?park=zj-pingyang-eda").with(as("ex-park"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.optimal").value(true))
			.andExpect(jsonPath("$.lines[?(@.materialCode == 'SW03')].tonnes", hasItem(400.0)));
		mvc.perform(get("/api/v1/exchange/plan?park=zj-cangnan-ip").with(as("ex-park"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/exchange/plan").with(as("ex-park"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/exchange/plan").with(admin())).andExpect(status().isOk());
	}
}
