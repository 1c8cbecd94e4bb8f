package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.energy.engine.BoilerDeadlines.Fuel;
import org.parkloop.energy.engine.BoilerDeadlines.Status;
import org.parkloop.platform.DemoMode;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.CreditCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional boilers and map layers of two demo parks (R10): the development zone's boundary, the coverage of its
 * fictional CHP plant's heat network and a residential buffer, with boilers eliminated, converted, replaced by central
 * heating and one 10 t/h coal boiler still in use (overdue since 2018); Ouhai's with a small coal boiler overdue
 * since 2016. Never loaded outside a demo.
 */
@Component
@Order(45)
class DemoEnergy implements ApplicationRunner {

	private record Demo(int enterprise, String division, String name, String tonnes, Fuel fuel, boolean heatSource,
			int year, String coal, Integer hours, LocalDate changedOn, Status status, Fuel newFuel) {
	}

	private static final List<Demo> BOILERS = List.of(
			new Demo(1, "330303", "1号热电锅炉", "75", Fuel.COAL, true, 2008, "61000", null, null, null, null),
			new Demo(2, "330303", "导热油炉", "4", Fuel.COAL, false, 2006, "2600", null, LocalDate.of(2015, 10, 20), Status.ELIMINATED, null),
			new Demo(3, "330303", "定型机蒸汽锅炉", "8", Fuel.COAL, false, 2009, null, 4000, LocalDate.of(2017, 6, 30), Status.CONVERTED, Fuel.GAS),
			new Demo(4, "330303", "酸洗加热锅炉", "10", Fuel.COAL, false, 2010, "5200", null, null, null, null),
			new Demo(5, "330303", "燃气热水锅炉", "2", Fuel.GAS, false, 2016, null, 2500, null, null, null),
			new Demo(7, "330303", "污泥干化锅炉", "6", Fuel.COAL, false, 2011, "3100", null, LocalDate.of(2016, 3, 1), Status.REPLACED_BY_CENTRAL_HEATING, null),
			new Demo(8, "330304", "制鞋烘干锅炉", "4", Fuel.COAL, false, 2007, "1800", null, null, null, null),
			new Demo(9, "330304", "生物质蒸汽锅炉", "2", Fuel.BIOMASS, false, 2016, null, 3000, null, null, null));

	/** [layer, park, name, restriction, lng/lat ring as "lng lat, …"] — fictional outlines around the demo enterprises. */
	private static final List<String[]> LAYERS = List.of(
			new String[] { "park-boundary", "wz-etdz", "温州经济技术开发区（示例边界）", null,
					"120.800 27.910, 120.900 27.910, 120.900 27.970, 120.800 27.970, 120.800 27.910" },
			new String[] { "heat-coverage", "wz-etdz", "示例浙南热电供热管网覆盖范围", null,
					"120.835 27.915, 120.895 27.915, 120.895 27.950, 120.835 27.950, 120.835 27.915" },
			new String[] { "zoning", "wz-etdz", "金海大道居住区防护带（示例）", "居住区防护距离内不得新建、扩建排放大气污染物的项目",
					"120.800 27.955, 120.830 27.955, 120.830 27.970, 120.800 27.970, 120.800 27.955" },
			new String[] { "park-boundary", "zj-ouhai-eda", "浙江瓯海经济开发区（示例边界）", null,
					"120.620 27.945, 120.680 27.945, 120.680 27.980, 120.620 27.980, 120.620 27.945" });

	private final DemoMode demo;
	private final BoilerStore store;
	private final EnterpriseRegistry enterprises;
	private final JdbcClient jdbc;
	private final DerivedFigures derived;

	DemoEnergy(DemoMode demo, BoilerStore store, EnterpriseRegistry enterprises, JdbcClient jdbc, DerivedFigures derived) {
		this.derived = derived;
		this.demo = demo;
		this.store = store;
		this.enterprises = enterprises;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || jdbc.sql("select count(*) from boiler").query(Integer.class).single() > 0) {
			return;
		}
		for (Demo d : BOILERS) {
			var e = enterprises.profile(CreditCode.demo(d.division(), d.enterprise())).orElse(null);
			if (e == null || e.latitude() == null) {
				return; // not the demo's enterprises
			}
			long id = store.insert(new Boiler(0, e.creditCode(), e.parkCode(), d.name(), new BigDecimal(d.tonnes()), "t/h",
					new BigDecimal(d.tonnes()), d.fuel(), d.fuel(), Status.IN_USE, d.heatSource(), d.year(),
					e.latitude() + 0.0004, e.longitude() + 0.0004, "WGS84", null,
					d.coal() == null ? null : new BigDecimal(d.coal()), d.hours(), List.of(), 0), "demo");
			if (d.changedOn() != null) {
				store.change(id, new Boiler.Change(d.changedOn(), d.status(), d.newFuel(), "demo"));
			}
		}
		for (String[] l : LAYERS) {
			String[] points = l[4].split(",\\s*");
			StringBuilder ring = new StringBuilder();
			double minLat = 90, minLng = 180, maxLat = -90, maxLng = -180;
			for (String p : points) {
				String[] xy = p.trim().split(" ");
				double lng = Double.parseDouble(xy[0]);
				double lat = Double.parseDouble(xy[1]);
				minLat = Math.min(minLat, lat);
				maxLat = Math.max(maxLat, lat);
				minLng = Math.min(minLng, lng);
				maxLng = Math.max(maxLng, lng);
				ring.append(ring.isEmpty() ? "" : ",").append('[').append(xy[0]).append(',').append(xy[1]).append(']');
			}
			jdbc.sql("""
					insert into geo_feature (layer, park_code, valid_from, name, restriction, source, geometry, min_lat, min_lng,
					    max_lat, max_lng, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""")
				.params(l[0], l[1], LocalDate.of(2014, 1, 1), l[2], l[3], l[3] == null ? null : "示例：温州经济技术开发区控制性详细规划",
						"{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}", minLat, minLng, maxLat, maxLng)
				.update();
		}
		jdbc.sql("""
				insert into energy_renewable (credit_code, park_code, name, kind, capacity, capacity_unit, electricity_mwh,
				    heat_gj, commissioned_on, created_by)
				select credit_code, park_code, v.name, v.kind, v.capacity, v.unit, v.mwh, v.gj, v.since, 'demo'
				from boiler b, (values ('屋顶分布式光伏', 'PV', 1200, 'kW', 1260, null, date '2016-06-30', '导热油炉'),
				                       ('太阳能热水系统', 'SOLAR_THERMAL', 800, 'm²', null, 1900, date '2017-05-01', '污泥干化锅炉'))
				  as v (name, kind, capacity, unit, mwh, gj, since, boiler)
				where b.name = v.boiler""").update();
		List.of("wz-etdz", "zj-ouhai-eda").forEach(derived::handOver);
	}
}
