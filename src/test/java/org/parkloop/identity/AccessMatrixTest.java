package org.parkloop.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Walks {@code access-matrix.csv}: every endpoint x role x own / other scope, against the expected result. A new
 * endpoint that is missing from the matrix fails {@link #everyEndpointIsInTheMatrix()}.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends DemoIntegrationTest {

	/** Column → the demo user who plays it, and whether it uses the user's own scope or another's. */
	private record Player(String username, boolean own) {
	}

	private static final Map<String, Player> COLUMNS = new LinkedHashMap<>();
	static {
		COLUMNS.put("public", new Player(null, true));
		COLUMNS.put("admin", new Player("demo-admin", true));
		COLUMNS.put("city", new Player("city", true));
		COLUMNS.put("county", new Player("county-ouhai", true));
		COLUMNS.put("county_other", new Player("county-ouhai", false));
		COLUMNS.put("park", new Player("park-etdz", true));
		COLUMNS.put("park_other", new Player("park-etdz", false));
		COLUMNS.put("enterprise", new Player("enterprise-etdz", true));
		COLUMNS.put("enterprise_other", new Player("enterprise-etdz", false));
		COLUMNS.put("consultant", new Player("consultant", true));
		COLUMNS.put("expert", new Player("expert", true));
	}

	/** POSTs that compute and store nothing, so leave no audit record. */
	static final Set<String> STATELESS = Set.of("/api/v1/mfa/reconcile", "/api/v1/models/{id}/reconcile",
			"/api/v1/exchange/optimize");

	static final String ETDZ = "wz-etdz";
	static final String OUHAI = "zj-ouhai-eda";
	static final String ETDZ_ENTERPRISE = CreditCode.demo("330303", 1);
	static final String OUHAI_ENTERPRISE = CreditCode.demo("330304", 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, Long> registrationOf = new LinkedHashMap<>();

	private final Map<String, Long> modelOf = new LinkedHashMap<>();

	private long publicationId;

	private static String code(String first16) {
		return CreditCode.complete(first16);
	}

	private record Row(String method, String path, Map<String, String> expected) {
	}

	private static List<Row> matrix() throws IOException {
		List<Row> rows = new ArrayList<>();
		try (var in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
			String[] header = lines.get(0).split(",");
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split(",");
				Map<String, String> expected = new LinkedHashMap<>();
				for (int i = 2; i < header.length; i++) {
					expected.put(header[i], cells[i].trim());
				}
				rows.add(new Row(cells[0].trim(), cells[1].trim(), expected));
			}
		}
		return rows;
	}

	@BeforeAll
	void registrationsAndATarget() throws Exception {
		registrationOf.put(ETDZ, register(ETDZ, "91330303MA2MTX01", "matrix-etdz"));
		registrationOf.put(OUHAI, register(OUHAI, "91330304MA2MTX02", "matrix-ouhai"));
		for (String park : List.of(ETDZ, OUHAI)) {
			var r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/parks/" + park + "/models")
				.with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"矩阵模型\",\"year\":2016}")).andReturn().getResponse();
			assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
			modelOf.put(park, ((Number) com.jayway.jsonpath.JsonPath.read(r.getContentAsString(), "$.id")).longValue());
		}
		var published = mvc.perform(MockMvcRequestBuilders.post("/api/v1/programme/goal-sets/1/publications")
			.with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\":\"2015-12-31\"}")).andReturn().getResponse();
		assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
		publicationId = ((Number) com.jayway.jsonpath.JsonPath.read(published.getContentAsString(), "$.id")).longValue();
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/users").with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"matrix-target","password":"Target-pw-2026-x","grants":["EXPERT"]}"""))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
	}

	private long register(String park, String first16, String username) throws Exception {
		String body = """
				{"creditCode":"%s","name":"矩阵测试企业%s","parkCode":"%s","industryCode":"26","size":"SMALL",
				 "contactName":"联系人","contactPhone":"0577-88888888","username":"%s","password":"Matrix-pw-2026-x"}"""
			.formatted(code(first16), username, park, username);
		var r = mvc.perform(MockMvcRequestBuilders.post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
		return ((Number) com.jayway.jsonpath.JsonPath.read(r.getContentAsString(), "$.id")).longValue();
	}

	@Test
	void everyEndpointIsInTheMatrix() throws IOException {
		Set<String> inCode = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("org.parkloop")) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
				for (var method : e.getKey().getMethodsCondition().getMethods()) {
					inCode.add(method.name() + " " + path);
				}
			}
		}
		Set<String> inMatrix = new TreeSet<>();
		matrix().forEach(r -> inMatrix.add(r.method() + " " + r.path()));
		assertThat(inMatrix).as("endpoints in access-matrix.csv").isEqualTo(inCode);
	}

	@Test
	void everyRoleSeesAndChangesExactlyWhatTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Row row : matrix()) {
			for (Map.Entry<String, String> cell : row.expected().entrySet()) {
				if (cell.getValue().equals("-")) {
					continue;
				}
				Player player = COLUMNS.get(cell.getKey());
				if (row.path().endsWith("/restore")) {
					// something to restore: the matrix's models are put in the recycle bin first
					jdbc.sql("update mfa_model set deleted_at = now() where id = any(?)")
						.param(modelOf.values().toArray(Long[]::new)).update();
				}
				long auditBefore = auditCount();
				MockHttpServletResponse response = mvc.perform(request(row, player)).andReturn().getResponse();
				// a model deleted or left in the bin is back for the next request
				jdbc.sql("update mfa_model set deleted_at = null where id = any(?)").param(modelOf.values().toArray(Long[]::new))
					.update();
				String actual = outcome(response);
				checked++;
				if (!actual.equals(cell.getValue())) {
					wrong.add(row.method() + " " + row.path() + " as " + cell.getKey() + ": expected " + cell.getValue()
							+ " but was " + actual + " (" + response.getStatus() + ")");
				}
				boolean apiWriteSucceeded = !row.method().equals("GET") && row.path().startsWith("/api/")
						&& !STATELESS.contains(row.path()) && response.getStatus() >= 200 && response.getStatus() < 300;
				if (apiWriteSucceeded && auditCount() == auditBefore) {
					wrong.add(row.method() + " " + row.path() + " as " + cell.getKey() + ": a write left no audit record");
				}
			}
		}
		assertThat(wrong).as(checked + " checks").isEmpty();
		assertThat(checked).isGreaterThan(500);
	}

	private long auditCount() {
		return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private static String outcome(MockHttpServletResponse r) {
		int s = r.getStatus();
		if (s == 302 && r.getRedirectedUrl() != null && r.getRedirectedUrl().endsWith("/login")) {
			return "login";
		}
		return switch (s) {
			case 401, 403, 404 -> Integer.toString(s);
			default -> "ok";
		};
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Row row, Player player) {
		String username = player.username();
		String park = username != null && username.startsWith("county") ? (player.own() ? OUHAI : ETDZ)
				: (player.own() ? ETDZ : OUHAI);
		String enterprise = username != null && username.startsWith("county")
				? (player.own() ? OUHAI_ENTERPRISE : ETDZ_ENTERPRISE)
				: (player.own() ? ETDZ_ENTERPRISE : OUHAI_ENTERPRISE);
		long registration = registrationOf.get(park);
		String path = row.path().replace("{code}", park)
			.replace("{creditCode}", enterprise)
			.replace("{username}", "matrix-target")
			.replace("{decision}", "reject")
			.replace("{layer}", "heat-coverage")
			.replace("{industryCode}", "26")
			.replace("{indicator}", "ENERGY_INTENSITY")
			.replace("{key}", "summary")
			.replace("{unit}", park)
			.replace("{criterion}", "WORK")
			.replace("{action}", "disable")
			.replace("{processId}", "x")
			.replace("{publicationId}", Long.toString(publicationId))
			.replace("{flowId}", "x")
			.replace("{attachmentId}", "1")
			.replace("{year}", "2016")
			.replace("{id}", row.path().contains("registrations") ? Long.toString(registration)
					: row.path().contains("models") ? Long.toString(modelOf.get(park))
					: row.path().contains("tokens") ? "999999" : "1");
		boolean api = path.startsWith("/api/");
		AbstractMockHttpServletRequestBuilder<?> b;
		if ((path.endsWith("/import") || path.endsWith("/attachments")) && row.method().equals("POST")) {
			b = MockMvcRequestBuilders.multipart(path)
				.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]));
		}
		else {
			b = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path);
			if (api && !row.method().equals("GET")) {
				b.contentType(MediaType.APPLICATION_JSON).content("{\"parkCode\":\"" + park + "\"}");
			}
			else if (!api && row.method().equals("POST")) {
				b.param("username", "x").param("password", "x").param("role", "EXPERT").param("name", "x")
					.param("parkCode", park).param("currentPassword", "x").param("newPassword", "x")
					.param("note", "x").param("processId", "x").param("flowId", "x");
			}
		}
		if (!api && !row.method().equals("GET")) {
			b.with(csrf());
		}
		if (username != null) {
			b.with(user(accounts.loadUserByUsername(username)));
		}
		return b;
	}
}
