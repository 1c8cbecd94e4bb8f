package org.parkloop.reporting.publicity;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R13 without signing in: a park's indicator made of two enterprises' submissions is withheld and shown from the
 * third, its own items always; feedback with markup is kept as text and shown escaped; the hourly limit per client
 * behind the trusted proxy (a forged address to the left does not help), the honeypot, the objection period, CITY's
 * moderation.
 */
class PublicApiTest extends IntegrationTest {

	static final String PARK = "pub-supp";
	static final int YEAR = 2023;

	@Autowired
	JdbcClient jdbc;

	ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform((who == null ? request : request.with(who)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	static final RequestPostProcessor OFFICE = org.springframework.security.test.web.servlet.request
		.SecurityMockMvcRequestPostProcessors.httpBasic("pub-office", "Public-office-pw-2026");

	/** Entered by the park's office on the enterprise's behalf, accepted by the city. */
	void accepted(String creditCode, String values) throws Exception {
		String body = send(post("/api/v1/submissions"), OFFICE, """
				{"creditCode":"%s","year":%d,"values":[%s]}""".formatted(creditCode, YEAR, values))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Object id = JsonPath.read(body, "$.id");
		send(post("/api/v1/submissions/" + id + "/submit"), OFFICE, "{}").andExpect(status().isOk());
		send(post("/api/v1/submissions/" + id + "/accept"), admin(), "{}").andExpect(status().isOk());
	}

	String energy(String indicators) {
		List<Object> v = JsonPath.read(indicators, "$.parks[?(@.parkCode == '" + PARK + "')].indicators[?(@.code == 'ENERGY_INTENSITY')]");
		return v.isEmpty() ? null : v.get(0).toString();
	}

	@Test
	void anIndicatorOfFewerThanThreeEnterprisesIsWithheld_TheParksOwnItemsShown() throws Exception {
		send(post("/api/v1/parks"), admin(), """
				{"code":"%s","nameZh":"公开测试园区","nameEn":"Openness test park","level":"PROVINCIAL","administeredBy":"瑞安市",
				 "establishedOn":"2010-01-01"}""".formatted(PARK)).andExpect(status().isCreated());
		String[] codes = { CreditCode.complete("91330381MA2PUB01"), CreditCode.complete("91330381MA2PUB02"),
				CreditCode.complete("91330381MA2PUB03") };
		send(post("/api/v1/users"), admin(), """
				{"username":"pub-office","password":"Public-office-pw-2026","grants":["PARK:%s"]}""".formatted(PARK))
			.andExpect(status().isCreated());
		for (int i = 0; i < codes.length; i++) {
			send(post("/api/v1/enterprises"), admin(), """
					{"creditCode":"%s","name":"公开测试企业%d","parkCode":"%s","industryCode":"30","size":"SMALL"}"""
				.formatted(codes[i], i + 1, PARK)).andExpect(status().isCreated());
		}
		accepted(codes[0], "{\"item\":\"value_added\",\"value\":1000,\"unit\":\"万元\"},{\"item\":\"energy_consumption\",\"value\":500,\"unit\":\"tce\"}");
		accepted(codes[1], "{\"item\":\"value_added\",\"value\":3000,\"unit\":\"万元\"},{\"item\":\"energy_consumption\",\"value\":100,\"unit\":\"tce\"}");
		String park = send(put("/api/v1/parks/" + PARK + "/data/" + YEAR), OFFICE, """
				{"values":[{"item":"household_waste_collected","value":100,"unit":"t"},{"item":"household_waste_utilised","value":80,"unit":"t"}]}""")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		send(post("/api/v1/submissions/" + JsonPath.read(park, "$.id") + "/submit"), OFFICE, "{}").andExpect(status().isOk());
		send(post("/api/v1/submissions/" + JsonPath.read(park, "$.id") + "/accept"), admin(), "{}").andExpect(status().isOk());

		// two enterprises: the park's energy intensity would tell each of them the other's figures
		String two = mvc.perform(get("/api/v1/public/indicators").param("year", "" + YEAR)).andExpect(status().isOk())
			.andExpect(jsonPath("$.minimumEnterprises").value(3)).andReturn().getResponse().getContentAsString();
		assertThat(energy(two)).contains("suppressed=true").contains("value=null");
		assertThat(JsonPath.<List<Object>>read(two, "$.parks[?(@.parkCode == '" + PARK
				+ "')].indicators[?(@.code == 'HOUSEHOLD_WASTE_UTILISATION_RATE')].value")).containsExactly(80);
		// the value itself is the office's to see
		mvc.perform(get("/api/v1/parks/" + PARK + "/indicators").param("year", "" + YEAR).with(admin()))
			.andExpect(jsonPath("$[?(@.code == 'ENERGY_INTENSITY')].value").value(contains(0.15)));
		mvc.perform(get("/public").param("year", "" + YEAR)).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"ENERGY_INTENSITY\" data-suppressed=\"true\"")));

		accepted(codes[2], "{\"item\":\"value_added\",\"value\":1000,\"unit\":\"万元\"},{\"item\":\"energy_consumption\",\"value\":400,\"unit\":\"tce\"}");
		String three = mvc.perform(get("/api/v1/public/indicators").param("year", "" + YEAR))
			.andReturn().getResponse().getContentAsString();
		// (500 + 100 + 400) tce ÷ (1,000 + 3,000 + 1,000) 万元
		assertThat(energy(three)).contains("suppressed=false").contains("value=0.2");
		assertThat(org.parkloop.indicators.ParkIndicators.suppressed(true, 2)).isTrue();
		assertThat(org.parkloop.indicators.ParkIndicators.suppressed(true, 3)).isFalse();
		assertThat(org.parkloop.indicators.ParkIndicators.suppressed(false, 0)).isFalse();
	}

	ResultActions feedback(String client, String json) throws Exception {
		return mvc.perform(post("/api/v1/feedback").header("X-Forwarded-For", client).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void feedbackIsText_RateLimitedPerClient_ModeratedByTheCity() throws Exception {
		String markup = "<script>alert('x')</script><b>请公开污水处理厂的运行数据</b>";
		String sent = feedback("203.0.113.7", """
				{"name":"王五","contact":"wang@example.com","text":"%s","parkCode":"wz-etdz"}""".formatted(markup.replace("'", "\\u0027")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(sent, "$.id")).longValue();
		feedback("203.0.113.7", "{\"text\":\"没有联系方式\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contact"));
		// the honeypot: answered as received, nothing kept
		feedback("203.0.113.7", "{\"contact\":\"bot@example.com\",\"text\":\"广告\",\"website\":\"http://spam.example\"}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.id").doesNotExist());
		assertThat(jdbc.sql("select count(*) from feedback where contact = 'bot@example.com'").query(Integer.class).single())
			.isZero();
		feedback("203.0.113.7", "{\"contact\":\"a@example.com\",\"text\":\"第四条\"}").andExpect(status().isCreated());
		feedback("203.0.113.7", "{\"contact\":\"a@example.com\",\"text\":\"第五条\"}").andExpect(status().isCreated());
		// the sixth attempt of the hour from that client, refused attempts counted; a forged address in front does not help
		feedback("203.0.113.7", "{\"contact\":\"a@example.com\",\"text\":\"第六条\"}").andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After")).andExpect(jsonPath("$.detail", containsString("每小时最多提交 5 次")));
		feedback("198.51.100.1, 203.0.113.7", "{\"contact\":\"a@example.com\",\"text\":\"伪造\"}")
			.andExpect(status().isTooManyRequests());
		feedback("203.0.113.8", "{\"contact\":\"b@example.com\",\"text\":\"另一位\"}").andExpect(status().isCreated());

		// CITY sees it as written, contact included; the public page shows the answer, escaped, never the contact
		mvc.perform(get("/api/v1/feedback").param("status", "RECEIVED").with(admin()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].text").value(contains(markup)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].contact").value(contains("wang@example.com")));
		mvc.perform(get("/api/v1/feedback").param("status", "LOST").with(admin())).andExpect(status().isBadRequest());
		send(post("/api/v1/feedback/" + id + "/answer"), admin(), "{\"answer\":\"<i>已责成园区按月公开</i>\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
		send(post("/api/v1/feedback/" + id + "/answer"), admin(), "{\"answer\":\"再答\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("feedback.transition"));
		mvc.perform(get("/public")).andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;请公开污水处理厂的运行数据&lt;/b&gt;")))
			.andExpect(content().string(containsString("&lt;i&gt;已责成园区按月公开&lt;/i&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("wang@example.com"))))
			.andExpect(content().string(not(containsString("王五"))));
		mvc.perform(get("/feedback").param("status", "ANSWERED").with(signedIn("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
		send(post("/api/v1/feedback/" + id + "/hide"), admin(), "{}").andExpect(status().isOk());
		mvc.perform(get("/public")).andExpect(content().string(not(containsString("请公开污水处理厂的运行数据"))));
	}

	@Test
	void objectionsOnlyWithinTheAnnouncementsPeriod() throws Exception {
		String open = send(post("/api/v1/announcements"), admin(), """
				{"kind":"DESIGNATION","title":"关于拟认定省级循环化改造示范园区的公示","body":"公示期内可提出异议。","objectionDays":7}""")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.open").value(true)).andReturn().getResponse()
			.getContentAsString();
		String closed = send(post("/api/v1/announcements"), admin(), """
				{"kind":"SUBSIDY","title":"2019年资金补助公示","body":"已结束。","publishedOn":"2019-05-01","objectionDays":10}""")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.objectionUntil").value("2019-05-11"))
			.andExpect(jsonPath("$.open").value(false)).andReturn().getResponse().getContentAsString();
		send(post("/api/v1/announcements"), admin(), "{\"kind\":\"GOSSIP\",\"title\":\"x\",\"body\":\"x\",\"objectionDays\":1}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		send(post("/api/v1/announcements"), signedIn("admin"), "{}").andExpect(status().isBadRequest());
		feedback("203.0.113.20", "{\"contact\":\"c@example.com\",\"text\":\"异议\",\"announcementId\":%s}"
			.formatted(JsonPath.read(closed, "$.id").toString())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("feedback.objectionClosed"));
		feedback("203.0.113.20", "{\"contact\":\"c@example.com\",\"text\":\"异议\",\"announcementId\":%s}"
			.formatted(JsonPath.read(open, "$.id").toString())).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/public/announcements"))
			.andExpect(jsonPath("$[?(@.title == '关于拟认定省级循环化改造示范园区的公示')].open").value(contains(true)));
		// the public page is the same for every anonymous reader: no session, kept rendered until the data changes
		mvc.perform(get("/public").param("year", "2016")).andExpect(status().isOk());
		mvc.perform(get("/public").param("year", "2016")).andExpect(header().string("X-Cache", "HIT"))
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get("/api/v1/public/parks")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'wz-etdz')].nameZh").value(contains("温州经济技术开发区")))
			.andExpect(jsonPath("$[0].timeline").isArray());
	}
}
