package org.parkloop.reporting;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15's benchmark (BENCHMARKS.md; not part of the suite: its name does not end in Test). On the demo: the city's
 * compilation of 2016 (every park, Binhai's data counted for the development zone) and a county's report (乐清市, two
 * parks) as PDF through the API, drafted from the modules' data each time (a draft's figures are live): the first
 * request, then the median and the slowest of 20. Figures are printed, never asserted.
 *
 * <pre>mvn test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@TestPropertySource(properties = "parkloop.test.database=report-benchmark")
@AutoConfigureMockMvc
class ReportBenchmark extends DemoIntegrationTest {

	static final RequestPostProcessor CITY = httpBasic("city", DEMO_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Test
	void cityAndCountyReportsAsPdf() throws Exception {
		measure("city (温州市, all parks)", report("{\"unit\":\"温州市\",\"year\":2016}"));
		measure("county (乐清市, 2 parks)", report("{\"unit\":\"乐清市\",\"year\":2016}"));
		measure("county (瓯海区, 1 park)", report("{\"unit\":\"瓯海区\",\"year\":2016}"));
	}

	long report(String body) throws Exception {
		String r = mvc.perform(post("/api/v1/reports").with(CITY).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(r, "$.id")).longValue();
	}

	void measure(String what, long id) throws Exception {
		long[] ms = new long[21];
		int bytes = 0;
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			bytes = mvc.perform(get("/api/v1/reports/" + id + ".pdf").with(CITY)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray().length;
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		long first = ms[0];
		long[] warm = java.util.Arrays.copyOfRange(ms, 1, ms.length);
		java.util.Arrays.sort(warm);
		System.out.printf("BENCH %s: first %d ms, median %d ms, slowest %d ms, %,d bytes%n", what, first,
				warm[warm.length / 2], warm[warm.length - 1], bytes);
	}
}
