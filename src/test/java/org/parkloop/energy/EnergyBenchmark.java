package org.parkloop.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.parkloop.energy.geo.AreaIndex;
import org.parkloop.energy.geo.GeoLayers;
import org.parkloop.energy.zoning.Relocations;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13's benchmark (BENCHMARKS.md; not part of the suite: its name does not end in Test). 3,000 parks with
 * 100,000 boilers (a third of them with a dated change) and 100,000 enterprises, 2,000 heat-coverage areas and 2,000
 * zoning areas; then coverage and zoning recomputed for every boiler and enterprise, the compliance of every park as
 * of a date through the API, and one park's map as GeoJSON through the API. Figures are printed, never asserted.
 *
 * <pre>mvn test -Dtest=EnergyBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@TestPropertySource(properties = "parkloop.test.context=energy-benchmark")
class EnergyBenchmark extends IntegrationTest {

	static final int PARKS = 3000;
	static final int BOILERS = 100_000;
	static final int AREAS = 2000;
	static final Caller CITY = new Caller("bench", Set.of(new Grant(Role.CITY, null)));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GeoLayers layers;

	@Autowired
	Relocations relocations;

	@Test
	void coverageZoningComplianceAndMap() throws Exception {
		long t0 = System.nanoTime();
		load();
		System.out.printf("BENCH loaded %,d boilers, %,d enterprises, %,d polygons in %.1f s%n",
				count("boiler"), count("enterprise"), count("geo_feature"), (System.nanoTime() - t0) / 1e9);
		LocalDate day = LocalDate.of(2018, 1, 1);
		record Point(double lat, double lng, String park) {
		}
		List<Point> boilers = jdbc.sql("select latitude, longitude, park_code from boiler")
			.query((rs, n) -> new Point(rs.getDouble(1), rs.getDouble(2), rs.getString(3))).list();
		List<Point> enterprises = jdbc.sql("select latitude, longitude, park_code from enterprise where latitude is not null")
			.query((rs, n) -> new Point(rs.getDouble(1), rs.getDouble(2), rs.getString(3))).list();
		for (int run = 1; run <= 4; run++) {
			long a = System.nanoTime();
			List<GeoLayers.Feature> coverage = layers.inForce("heat-coverage", null, day);
			List<GeoLayers.Feature> zoning = layers.inForce("zoning", null, day);
			long b = System.nanoTime();
			AreaIndex heat = new AreaIndex(coverage);
			int inside = 0;
			for (Point p : boilers) {
				inside += Boolean.TRUE.equals(heat.inside(p.park(), p.lat(), p.lng())) ? 1 : 0;
			}
			AreaIndex zones = new AreaIndex(zoning);
			int flagged = 0;
			for (Point p : enterprises) {
				flagged += zones.at(p.lat(), p.lng()).isEmpty() ? 0 : 1;
			}
			long c = System.nanoTime();
			int flags = CurrentCaller.as(CITY, () -> relocations.flags(null, day)).size();
			long d = System.nanoTime();
			System.out.printf("BENCH run %d: polygons read %.0f ms; coverage of %,d boilers (%,d inside) and zoning of %,d "
					+ "enterprises (%,d flagged) in memory %.0f ms; zoning flags end to end (enterprises read) %.0f ms (%,d)%n",
					run, (b - a) / 1e6, boilers.size(), inside, enterprises.size(), flagged, (c - b) / 1e6, (d - c) / 1e6, flags);
		}
		for (int run = 1; run <= 4; run++) {
			int bytes = timed("compliance of every park as of 2018-01-01 (API)", () -> perform(
					get("/api/v1/energy/compliance").param("asOf", "2018-01-01")));
			System.out.printf("BENCH   (%,d bytes)%n", bytes);
		}
		for (int run = 1; run <= 6; run++) {
			String park = "bp" + (run * 37);
			int bytes = timed("map of park " + park + " (API)", () -> perform(get("/api/v1/energy/map").param("parkCode", park)));
			System.out.printf("BENCH   (%,d bytes)%n", bytes);
		}
	}

	private int perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		try {
			// a signed-in session: HTTP Basic would add a BCrypt check of the password to every request
			return mvc.perform(request.with(signedIn("admin"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray().length;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T> T timed(String what, Supplier<T> work) {
		long a = System.nanoTime();
		T result = work.get();
		System.out.printf("BENCH %s: %.0f ms%n", what, (System.nanoTime() - a) / 1e6);
		return result;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** Park i sits at (27 + i / 60 × 0.05, 120 + i mod 60 × 0.05); its areas are squares of ±0.006° around it. */
	private void load() {
		jdbc.sql("""
				insert into park (code, seq, name_zh, name_en, level, administered_by)
				select 'bp' || i, 1000 + i, '基准园区' || i, 'Bench park ' || i, 'PROVINCIAL', '基准县' || (i % 30)
				from generate_series(0, :parks - 1) i""").param("parks", PARKS).update();
		jdbc.sql("""
				insert into enterprise (credit_code, name, park_code, industry_code, latitude, longitude, size)
				select 'B' || lpad(e::text, 17, '0'), '基准企业' || e, 'bp' || (e % :parks), '26',
				       27 + (e % :parks) / 60 * 0.05 + ((hashtext('y' || e) & 1023) - 512) / 40000.0,
				       120 + (e % :parks) % 60 * 0.05 + ((hashtext('x' || e) & 1023) - 512) / 40000.0, 'SMALL'
				from generate_series(0, :n - 1) e""").param("parks", PARKS).param("n", BOILERS).update();
		jdbc.sql("""
				insert into boiler (credit_code, park_code, name, capacity, capacity_unit, tonnes_per_hour, fuel, heat_source,
				    commissioning_year, latitude, longitude, annual_coal_tonnes, operating_hours, created_by)
				select 'B' || lpad(e::text, 17, '0'), 'bp' || (e % :parks), '锅炉' || e, t, 't/h', t,
				       case when e % 10 < 7 then 'COAL' else 'GAS' end, e % 50 = 0, 2000 + e % 15,
				       27 + (e % :parks) / 60 * 0.05 + ((hashtext('b' || e) & 1023) - 512) / 40000.0,
				       120 + (e % :parks) % 60 * 0.05 + ((hashtext('c' || e) & 1023) - 512) / 40000.0,
				       case when e % 2 = 0 then t * 600 end, case when e % 2 = 1 then 4000 end, 'bench'
				from generate_series(0, :n - 1) e, lateral (select 1 + (hashtext('t' || e) & 15) as t) x""")
			.param("parks", PARKS).param("n", BOILERS).update();
		jdbc.sql("""
				insert into boiler_change (boiler_id, changed_on, status, fuel, recorded_by)
				select id, date '2015-01-01' + (id % 1000)::int, case when id % 2 = 0 then 'ELIMINATED' else 'CONVERTED' end,
				       case when id % 2 = 0 then null else 'GAS' end, 'bench'
				from boiler where id % 3 = 0 and fuel = 'COAL'""").update();
		List<Object[]> polygons = new ArrayList<>();
		for (int i = 0; i < AREAS; i++) {
			for (String layer : List.of("heat-coverage", "zoning")) {
				int park = layer.equals("zoning") ? PARKS - 1 - i : i;
				double lat = 27 + park / 60 * 0.05 + (layer.equals("zoning") ? 0.004 : 0);
				double lng = 120 + park % 60 * 0.05;
				double r = layer.equals("zoning") ? 0.003 : 0.006;
				String ring = "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(lng - r, lat - r, lng + r, lat - r, lng + r,
						lat + r, lng - r, lat + r, lng - r, lat - r);
				polygons.add(new Object[] { layer, "bp" + park, "基准区" + i, layer.equals("zoning") ? "禁止新建" : null,
						"{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}", lat - r, lng - r, lat + r, lng + r });
			}
		}
		for (Object[] p : polygons) {
			jdbc.sql("""
					insert into geo_feature (layer, park_code, valid_from, name, restriction, geometry, min_lat, min_lng,
					    max_lat, max_lng, uploaded_by) values (?, ?, date '2014-01-01', ?, ?, ?, ?, ?, ?, ?, 'bench')""")
				.params(p).update();
		}
		jdbc.sql("analyze").update();
	}
}
