package org.parkloop.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Chinese interface shows names, not codes: every page (each GET of a page controller, its path filled with demo
 * records) is read as the public, the city, a park and an enterprise, and its visible text may not contain an enum
 * constant of the platform (PROVINCIAL, PLAN_UNDER_REVIEW, OPEN …), a literal "null", or true/false. A new page is
 * checked without being listed here.
 */
@AutoConfigureMockMvc
class PageTextTest extends DemoIntegrationTest {

	private static final List<String> VIEWERS = List.of("public", "city", "park-etdz", "enterprise-etdz", "county-ouhai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every enum constant of the platform's own enums. */
	private static Set<String> enumConstants() {
		Set<String> constants = new TreeSet<>();
		for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.parkloop")) {
			if (c.isEnum()) {
				for (Object e : c.reflect().getEnumConstants()) {
					constants.add(((Enum<?>) e).name());
				}
			}
		}
		return constants;
	}

	private Map<String, String> variables() throws Exception {
		String enterprise = CreditCode.demo("330303", 1);
		long model = jdbc.sql("select min(id) from mfa_model where park_code = 'wz-etdz'").query(Long.class).single();
		long listing = jdbc.sql("select min(id) from exchange_listing where enterprise = ?").param(enterprise)
			.query(Long.class).single();
		long deal = jdbc.sql("select min(id) from exchange_deal where supplier = ? or receiver = ?")
			.params(enterprise, enterprise).query(Long.class).optional().orElse(1L);
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/programme/goal-sets/1/publications")
			.with(user(accounts.loadUserByUsername("city")))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"asOf\":\"2015-12-31\"}"));
		long publication = jdbc.sql("select min(id) from goal_evaluation_publication").query(Long.class).single();
		return Map.of("code", "wz-etdz", "creditCode", enterprise, "models", Long.toString(model), "listings",
				Long.toString(listing), "deals", Long.toString(deal), "goal-sets", "1", "rules", "1", "publicationId",
				Long.toString(publication), "registrations", "1");
	}

	private List<String> pages(Map<String, String> vars) {
		List<String> pages = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			Class<?> type = e.getValue().getBeanType();
			if (!type.getPackageName().startsWith("org.parkloop") || !type.isAnnotationPresent(Controller.class)
					|| !e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				if (pattern.contains("export") || pattern.equals("/error") || pattern.endsWith(".json")
						|| pattern.endsWith(".xlsx")) {
					continue;
				}
				pages.add(fill(pattern, vars));
			}
		}
		return pages;
	}

	/** "/models/{id}" with the demo model's id: an {id} takes the value named by the segment before it. */
	private static String fill(String pattern, Map<String, String> vars) {
		String[] parts = pattern.split("/");
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].startsWith("{")) {
				String name = parts[i].substring(1, parts[i].length() - 1);
				parts[i] = name.equals("id") ? vars.getOrDefault(parts[i - 1], "1") : vars.getOrDefault(name, "x");
			}
		}
		return String.join("/", parts);
	}

	/** What a reader sees: the text of the page without scripts, styles and tags, entities decoded. */
	static String visibleText(String html) {
		String text = html.replaceAll("(?is)<script.*?</script>", " ")
			.replaceAll("(?is)<style.*?</style>", " ")
			.replaceAll("(?is)<[^>]*>", " ");
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&").replaceAll("\\s+", " ");
	}

	@Test
	void noChinesePageShowsAnEnumConstantNullOrABoolean() throws Exception {
		Set<String> constants = enumConstants();
		// and the audit trail's codes of actions and records, which pages show by name
		constants.addAll(jdbc.sql("select distinct action from audit_event").query(String.class).list());
		constants.addAll(jdbc.sql("select distinct entity from audit_event").query(String.class).list());
		Pattern word = Pattern.compile("(?<![\\w-])(" + String.join("|", constants) + "|null|true|false)(?![\\w-])");
		Map<String, String> vars = variables();
		List<String> found = new ArrayList<>();
		int read = 0;
		for (String page : pages(vars)) {
			for (String viewer : VIEWERS) {
				MockHttpServletRequestBuilder b = MockMvcRequestBuilders.get(page);
				if (!viewer.equals("public")) {
					b.with(user(accounts.loadUserByUsername(viewer)));
				}
				MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
				if (r.getStatus() != 200 || r.getContentType() == null || !r.getContentType().startsWith("text/html")) {
					continue;
				}
				read++;
				Matcher m = word.matcher(visibleText(r.getContentAsString()));
				Set<String> shown = new TreeSet<>();
				while (m.find()) {
					shown.add(m.group(1));
				}
				if (!shown.isEmpty()) {
					found.add(page + " as " + viewer + ": " + shown);
				}
			}
		}
		assertThat(found).as(read + " pages read").isEmpty();
		assertThat(read).isGreaterThan(60);
	}
}
