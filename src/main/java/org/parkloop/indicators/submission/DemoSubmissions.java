package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.DemoMode;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Five years (2013-2017) of fictional data of the demo enterprises of three parks and the parks' own items, entered,
 * submitted and accepted through the same workflow as users' (each step as the one who would take it). The
 * Economic and Technological Development Zone improves fast, Ouhai slowly, so that R17's test passes for one and not
 * the other. The first submission is the 2013 data of the enterprise the demo user enterprise-etdz works for.
 */
@Component
@Order(35)
class DemoSubmissions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSubmissions.class);

	static final int FIRST = 2013;
	static final int LAST = 2017;

	/** The demo parks, the yearly improvement of their enterprises, and the parks' own land in km². */
	private static final Map<String, double[]> PARKS = Map.of("wz-etdz", new double[] { 0.93, 0.04, 12 },
			"zj-ouhai-eda", new double[] { 0.99, 0.01, 5 }, "zj-yueqing-eda", new double[] { 0.96, 0.025, 8 });

	private final DemoMode demo;
	private final EnterpriseRegistry enterprises;
	private final Submissions submissions;
	private final SubmissionReview review;
	private final SubmissionStore store;

	DemoSubmissions(DemoMode demo, EnterpriseRegistry enterprises, Submissions submissions, SubmissionReview review, SubmissionStore store) {
		this.demo = demo;
		this.enterprises = enterprises;
		this.submissions = submissions;
		this.review = review;
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || enterprises.in("wz-etdz").isEmpty()
				|| !store.list(new SubmissionStore.Filter(null, null, null, null, null),
						new SubmissionStore.Reach(true, List.of(), List.of()), 1).isEmpty()) {
			return;
		}
		int count = 0;
		List<String> parks = List.of("wz-etdz", "zj-ouhai-eda", "zj-yueqing-eda");
		for (String park : parks) {
			List<EnterpriseRegistry.Listed> list = enterprises.in(park).stream()
				.sorted(java.util.Comparator.comparing(EnterpriseRegistry.Listed::creditCode)).toList();
			for (int i = 0; i < list.size(); i++) {
				for (int year = FIRST; year <= LAST; year++) {
					enterprise(list.get(i).creditCode(), park, year, 2000 + 1500 * ((i * 7) % 5));
					count++;
				}
			}
		}
		for (String park : parks) {
			for (int year = FIRST; year <= LAST; year++) {
				park(park, year);
				count++;
			}
		}
		log.info("Loaded {} accepted demo submissions ({}-{})", count, FIRST, LAST);
	}

	private void enterprise(String creditCode, String park, int year, double size) {
		double[] p = PARKS.get(park);
		int t = year - FIRST;
		double va = size * Math.pow(1.08, t);
		Map<String, Double> v = new LinkedHashMap<>();
		v.put("gross_output", va * 4);
		v.put("value_added", va);
		v.put("energy_consumption", va * 0.6 * Math.pow(p[0], t));
		v.put("resource_consumption", va * 2 * Math.pow(p[0], t));
		double fresh = va * 8 * Math.pow(p[0], t);
		v.put("fresh_water", fresh);
		v.put("reused_water", fresh * (3 + 10 * p[1] * t));
		v.put("reclaimed_water", fresh * 0.1 * (1 + 5 * p[1] * t));
		v.put("wastewater_discharged", fresh * 0.7);
		double generated = va * 0.3;
		double utilised = generated * (0.80 + p[1] * t);
		v.put("solid_waste_generated", generated);
		v.put("solid_waste_utilised", utilised);
		v.put("solid_waste_utilised_stored", 0.0);
		v.put("solid_waste_disposed", generated - utilised);
		v.put("hazardous_generated", va * 0.01);
		v.put("hazardous_utilised", va * 0.005);
		v.put("hazardous_disposed", va * 0.0048);
		v.put("cod", va * 0.002 * Math.pow(p[0], t));
		v.put("ammonia_nitrogen", va * 0.0002 * Math.pow(p[0], t));
		v.put("so2", va * 0.003 * Math.pow(p[0], t));
		v.put("nox", va * 0.0025 * Math.pow(p[0], t));
		v.put("solid_waste_discharged", 0.0);
		Submission s = CurrentCaller.as(caller("demo-" + creditCode.substring(12), Role.ENTERPRISE, creditCode),
				() -> submissions.create(new Submissions.Command(creditCode, year, inputs(v), null)));
		CurrentCaller.as(caller("demo-" + creditCode.substring(12), Role.ENTERPRISE, creditCode),
				() -> review.submit(s.id(), true, org.parkloop.shared.ExpectedVersion.ANY));
		CurrentCaller.as(caller("park-" + park, Role.PARK, park),
				() -> review.accept(s.id(), org.parkloop.shared.ExpectedVersion.ANY));
	}

	private void park(String park, int year) {
		int t = year - FIRST;
		Map<String, Double> v = new LinkedHashMap<>();
		v.put("land_area", PARKS.get(park)[2]);
		v.put("park_gdp", 150000 * Math.pow(1.08, t));
		v.put("household_waste_collected", 20000 * Math.pow(1.03, t));
		v.put("household_waste_utilised", 20000 * Math.pow(1.03, t) * (0.5 + PARKS.get(park)[1] * 2 * t));
		Submission s = CurrentCaller.as(caller("park-" + park, Role.PARK, park),
				() -> submissions.putParkData(park, year, inputs(v), org.parkloop.shared.ExpectedVersion.ANY));
		CurrentCaller.as(caller("park-" + park, Role.PARK, park),
				() -> review.submit(s.id(), true, org.parkloop.shared.ExpectedVersion.ANY));
		CurrentCaller.as(caller("city", Role.CITY, null),
				() -> review.accept(s.id(), org.parkloop.shared.ExpectedVersion.ANY));
	}

	private static List<SubmissionInput.ValueInput> inputs(Map<String, Double> values) {
		List<SubmissionInput.ValueInput> list = new ArrayList<>();
		values.forEach((item, value) -> list.add(new SubmissionInput.ValueInput(item,
				BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), null)));
		return list;
	}

	private static Caller caller(String username, Role role, String scope) {
		return new Caller(username, Set.of(new Grant(role, scope)));
	}
}
