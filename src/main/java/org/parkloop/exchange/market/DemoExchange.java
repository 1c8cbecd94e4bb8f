package org.parkloop.exchange.market;

import java.time.LocalDate;
import java.util.List;

import org.parkloop.platform.DemoMode;
import org.parkloop.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers, needs, a licence and a few deals among the fictional demo enterprises, so the exchange can be explored.
 * The first listing is an offer of the enterprise the demo user enterprise-etdz works for; the first deal has it as
 * receiver. Never loaded outside a demo.
 */
@Component
@Order(30)
class DemoExchange implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoExchange.class);

	private final JdbcClient jdbc;
	private final DemoMode demo;
	private final DealStore deals;
	private final Deals service;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;

	private final java.time.Clock clock;

	DemoExchange(JdbcClient jdbc, DemoMode demo, DealStore deals, Deals service, ApplicationEventPublisher events,
			TransactionTemplate tx, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.demo = demo;
		this.deals = deals;
		this.service = service;
		this.events = events;
		this.tx = tx;
	}

	/** The demo enterprise numbered n (DemoEnterprises' order). */
	private static String e(int n, String division) {
		String first17 = "91" + division + String.format("MA2DEMX%02d", n);
		return first17 + CreditCode.checkCharacter(first17);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || jdbc.sql("select exists (select 1 from exchange_listing)").query(Boolean.class).single()
				|| !jdbc.sql("select exists (select 1 from enterprise where credit_code = ?)").param(e(16, "330382"))
					.query(Boolean.class).single()) {
			return;
		}
		tx.executeWithoutResult(s -> load());
		log.info("Loaded the demo exchange: listings, a licence and four deals");
	}

	private void load() {
		String power = e(1, "330303");
		String chemical = e(2, "330303");
		String leather = e(3, "330303");
		String steel = e(4, "330303");
		String pumps = e(5, "330303");
		String recycler = e(6, "330303");
		String sewage = e(7, "330303");
		String shoes = e(8, "330304");
		String garments = e(9, "330304");
		String switches = e(12, "330382");
		String disposal = e(16, "330382");
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("""
				insert into exchange_licence (number, holder, codes, annual_capacity_t, valid_from, valid_to, province, updated_by)
				values ('浙危废经第3303000001号（示例）', ?, ?, 5000, ?, ?, '浙江省', 'demo')""")
			.params(disposal, new String[] { "HW08", "HW17", "HW49" }, today.minusYears(1), today.plusYears(4)).update();
		long fly = offer(power, "粉煤灰（电厂干排灰）", "SW02", 2000, "MONTH", 40, "F类Ⅱ级，含水率 < 1%");
		offer(power, "脱硫石膏", "SW06", 800, "MONTH", 45, "二水硫酸钙 ≥ 90%");
		offer(power, "锅炉炉渣", "SW03", 500, "MONTH", 35, null);
		long steam = offer(power, "背压机组余热蒸汽（1.0 MPa）", "HEAT-STEAM", 20000, "YEAR", 0, "1.0 MPa，220 ℃");
		long oil = offer(chemical, "废矿物油（设备检修）", "900-249-08", 30, "YEAR", 3000, "桶装");
		offer(chemical, "化工废渣", "SW16", 200, "YEAR", 200, null);
		long plastic = offer(leather, "PVC 合成革边角料", "SW17-PLASTIC", 120, "YEAR", 150, "PVC/PU，已分拣");
		long scrap = offer(steel, "钢材加工边角料", "SW17-METAL", 600, "YEAR", 0, "Q235 为主");
		offer(steel, "酸洗废液", "336-064-17", 50, "YEAR", 3500, "盐酸酸洗，含铁");
		offer(pumps, "铸件废钢", "SW17-METAL", 150, "YEAR", 0, null);
		long water = offer(sewage, "再生水（深度处理出水）", "WATER-RECLAIMED", 200000, "YEAR", 0, "符合 GB/T 19923 工业用水");
		offer(sewage, "脱水污泥（含水率 80%）", "SW07", 400, "MONTH", 260, null);
		offer(shoes, "皮革边角料", "SW14-LEATHER", 80, "YEAR", 300, null);
		offer(garments, "服装裁剪边角料", "SW14-TEXTILE", 60, "YEAR", 200, "涤棉为主");
		offer(switches, "废液压油", "900-218-08", 10, "YEAR", 2500, null);
		long waterNeed = need(power, "冷却塔补水", 300000, 20, new Object[][] { { "WATER-RECLAIMED", 2.5 } });
		need(chemical, "工艺用汽", 15000, 15, new Object[][] { { "HEAT-STEAM", 180 } });
		long recyclerNeed = need(recycler, "收购废钢、废塑料、废纸", 2000, 60,
				new Object[][] { { "SW17-METAL", 2200 }, { "SW17-PLASTIC", 900 }, { "SW17-PAPER", 1200 } });
		long oilNeed = need(disposal, "收集利用废矿物油、表面处理废物", 500, 80, new Object[][] { { "HW08", 800 }, { "HW17", 500 } });
		completed(water, waterNeed, sewage, power, "WATER-RECLAIMED", 60000, false,
				List.of(today.minusMonths(3), today.minusMonths(2), today.minusMonths(1)), 20000);
		completed(scrap, recyclerNeed, steel, recycler, "SW17-METAL", 200, false,
				List.of(today.minusMonths(3), today.minusMonths(2), today.minusMonths(1)), 66.5);
		completed(oil, oilNeed, chemical, disposal, "900-249-08", 12, true, List.of(today.minusMonths(2), today.minusMonths(1)), 6);
		long agreed = insertDeal(plastic, recyclerNeed, leather, recycler, "SW17-PLASTIC", 60, false);
		deals.setStatus(agreed, Deal.Status.AGREED, null);
		log.debug("demo listings {} and {} left open for matching", fly, steam);
	}

	private long offer(String enterprise, String title, String material, double quantity, String period, double disposal,
			String properties) {
		return jdbc.sql("""
				insert into exchange_listing (kind, enterprise, park_code, title, material_code, quantity, period, properties,
				    disposal_cost, latitude, longitude, created_by)
				select 'OFFER', credit_code, park_code, ?, ?, ?, ?, ?, ?, latitude, longitude, 'demo' from enterprise
				where credit_code = ? returning id""")
			.params(title, material, quantity, period, properties, disposal, enterprise).query(Long.class).single();
	}

	private long need(String enterprise, String title, double quantity, double maxKm, Object[][] accepts) {
		long id = jdbc.sql("""
				insert into exchange_listing (kind, enterprise, park_code, title, quantity, period, max_distance_km, latitude,
				    longitude, created_by)
				select 'NEED', credit_code, park_code, ?, ?, 'YEAR', ?, latitude, longitude, 'demo' from enterprise
				where credit_code = ? returning id""")
			.params(title, quantity, maxKm, enterprise).query(Long.class).single();
		for (Object[] a : accepts) {
			jdbc.sql("insert into exchange_accept (listing_id, material_code, value_per_unit) values (?, ?, ?)")
				.params(id, a[0], a[1]).update();
		}
		return id;
	}

	private long insertDeal(long offer, long need, String supplier, String receiver, String material, double quantity,
			boolean hazardous) {
		Long licence = hazardous ? jdbc.sql("select id from exchange_licence where holder = ?").param(receiver)
			.query(Long.class).single() : null;
		String[] parks = jdbc.sql("select park_code from enterprise where credit_code = ? or credit_code = ? order by credit_code = ? desc")
			.params(supplier, receiver, supplier).query(String.class).list().toArray(String[]::new);
		double km = jdbc.sql("""
				select 6371.0088 * 2 * asin(sqrt(power(sin(radians(b.latitude - a.latitude) / 2), 2)
				       + cos(radians(a.latitude)) * cos(radians(b.latitude)) * power(sin(radians(b.longitude - a.longitude) / 2), 2))) * 1.3
				from enterprise a, enterprise b where a.credit_code = ? and b.credit_code = ?""")
			.params(supplier, receiver).query(Double.class).single();
		return deals.insert(new Deal(0, offer, need, supplier, null, parks[0], receiver, null, parks[1], material, quantity,
				null, km, hazardous, licence, false, null, Deal.Status.PROPOSED, supplier, null, null, null, null, null,
				List.of(), false, 0));
	}

	private void completed(long offer, long need, String supplier, String receiver, String material, double quantity,
			boolean hazardous, List<LocalDate> days, double each) {
		long id = insertDeal(offer, need, supplier, receiver, material, quantity, hazardous);
		deals.setStatus(id, Deal.Status.AGREED, null);
		deals.setStatus(id, Deal.Status.DELIVERING, null);
		int n = 1;
		for (LocalDate day : days) {
			deals.addShipment(id, day, each, hazardous ? "3303" + day.getYear() + String.format("%06d", id * 100 + n++) : null,
					"示例危货运输有限公司", "demo");
		}
		deals.setStatus(id, Deal.Status.COMPLETED, null);
		events.publishEvent(service.completed(deals.get(id)));
	}
}
