package org.parkloop.exchange.market;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.parkloop.exchange.catalogue.Licences;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.DemoMode;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.Caller;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers, needs, a licence and a few deals among the fictional demo enterprises, so the exchange can be explored.
 * Made through the same services, rules and transitions as users' requests, each step as the enterprise (or the
 * city) that would take it; the enterprises come from the registry's facade. The first listing is an offer of the
 * enterprise the demo user enterprise-etdz works for; the first deal has it as receiver. Never loaded outside a demo.
 */
@Component
@Order(30)
class DemoExchange implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoExchange.class);

	private final DemoMode demo;
	private final EnterpriseRegistry enterprises;
	private final Listings listings;
	private final Deals deals;
	private final Licences licences;
	private final TransactionTemplate tx;
	private final java.time.Clock clock;

	DemoExchange(DemoMode demo, EnterpriseRegistry enterprises, Listings listings, Deals deals, Licences licences,
			TransactionTemplate tx, java.time.Clock clock) {
		this.demo = demo;
		this.enterprises = enterprises;
		this.listings = listings;
		this.deals = deals;
		this.licences = licences;
		this.tx = tx;
		this.clock = clock;
	}

	/** The demo enterprise numbered n (DemoEnterprises' order). */
	static String e(int n, String division) {
		return CreditCode.demo(division, n);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || enterprises.profile(e(16, "330382")).isEmpty()
				|| !as(Set.of(new Grant(Role.CITY, null)), () -> listings.find(new Listings.Filter(null, null, null, false)))
					.isEmpty()) {
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
		as(Set.of(new Grant(Role.CITY, null)), () -> licences.create(new Licences.LicenceCommand(
				"浙危废经第3303000001号（示例）", disposal, List.of("HW08", "HW17", "HW49"), 5000.0, today.minusYears(1),
				today.plusYears(4), "浙江省")));
		offer(power, "粉煤灰（电厂干排灰）", "SW02", 2000, Listing.Period.MONTH, 40, "F类Ⅱ级，含水率 < 1%");
		offer(power, "脱硫石膏", "SW06", 800, Listing.Period.MONTH, 45, "二水硫酸钙 ≥ 90%");
		offer(power, "锅炉炉渣", "SW03", 500, Listing.Period.MONTH, 35, null);
		offer(power, "背压机组余热蒸汽（1.0 MPa）", "HEAT-STEAM", 20000, Listing.Period.YEAR, 0, "1.0 MPa，220 ℃");
		long oil = offer(chemical, "废矿物油（设备检修）", "900-249-08", 30, Listing.Period.YEAR, 3000, "桶装");
		offer(chemical, "化工废渣", "SW16", 200, Listing.Period.YEAR, 200, null);
		long plastic = offer(leather, "PVC 合成革边角料", "SW17-PLASTIC", 120, Listing.Period.YEAR, 150, "PVC/PU，已分拣");
		long scrap = offer(steel, "钢材加工边角料", "SW17-METAL", 600, Listing.Period.YEAR, 0, "Q235 为主");
		offer(steel, "酸洗废液", "336-064-17", 50, Listing.Period.YEAR, 3500, "盐酸酸洗，含铁");
		offer(pumps, "铸件废钢", "SW17-METAL", 150, Listing.Period.YEAR, 0, null);
		long water = offer(sewage, "再生水（深度处理出水）", "WATER-RECLAIMED", 200000, Listing.Period.YEAR, 0,
				"符合 GB/T 19923 工业用水");
		offer(sewage, "脱水污泥（含水率 80%）", "SW07", 400, Listing.Period.MONTH, 260, null);
		offer(shoes, "皮革边角料", "SW14-LEATHER", 80, Listing.Period.YEAR, 300, null);
		offer(garments, "服装裁剪边角料", "SW14-TEXTILE", 60, Listing.Period.YEAR, 200, "涤棉为主");
		offer(switches, "废液压油", "900-218-08", 10, Listing.Period.YEAR, 2500, null);
		long waterNeed = need(power, "冷却塔补水", 300000, 20, new Listing.Accept("WATER-RECLAIMED", 4.5));
		need(chemical, "工艺用汽", 15000, 15, new Listing.Accept("HEAT-STEAM", 180.0));
		long recyclerNeed = need(recycler, "收购废钢、废塑料、废纸", 2000, 60, new Listing.Accept("SW17-METAL", 2200.0),
				new Listing.Accept("SW17-PLASTIC", 900.0), new Listing.Accept("SW17-PAPER", 1200.0));
		long oilNeed = need(disposal, "收集利用废矿物油、表面处理废物", 500, 80, new Listing.Accept("HW08", 800.0),
				new Listing.Accept("HW17", 500.0));
		completed(water, waterNeed, sewage, power, 60000, false,
				List.of(today.minusMonths(3), today.minusMonths(2), today.minusMonths(1)), 20000);
		completed(scrap, recyclerNeed, steel, recycler, 200, false,
				List.of(today.minusMonths(3), today.minusMonths(2), today.minusMonths(1)), 66.5);
		completed(oil, oilNeed, chemical, disposal, 12, true, List.of(today.minusMonths(2), today.minusMonths(1)), 6);
		long agreed = propose(plastic, recyclerNeed, leather, 60);
		act(recycler, agreed, Deal.Action.AGREE);
	}

	private static <T> T as(Set<Grant> grants, java.util.function.Supplier<T> work) {
		return CurrentCaller.as(new Caller("demo", grants), work);
	}

	private static <T> T asEnterprise(String creditCode, java.util.function.Supplier<T> work) {
		return as(Set.of(new Grant(Role.ENTERPRISE, creditCode)), work);
	}

	private long offer(String enterprise, String title, String material, double quantity, Listing.Period period,
			double disposal, String properties) {
		return asEnterprise(enterprise, () -> listings.create(new Listings.ListingCommand(Listing.Kind.OFFER, enterprise,
				title, material, quantity, period, properties, null, null, null, disposal, null, null, null, null, null)))
			.id();
	}

	private long need(String enterprise, String title, double quantity, double maxKm, Listing.Accept... accepts) {
		return asEnterprise(enterprise, () -> listings.create(new Listings.ListingCommand(Listing.Kind.NEED, enterprise,
				title, null, quantity, Listing.Period.YEAR, null, null, null, null, null, maxKm, null, null,
				Arrays.asList(accepts), null)))
			.id();
	}

	/** The supplier proposes; the deal's rules (benefit, distance, licence) apply as to anyone's proposal. */
	private long propose(long offer, long need, String supplier, double quantity) {
		return asEnterprise(supplier, () -> deals.propose(new Deals.Proposal(offer, need, quantity, null, null))).id();
	}

	private void act(String party, long deal, Deal.Action action) {
		asEnterprise(party, () -> deals.act(deal, action, null, ExpectedVersion.ANY));
	}

	private void completed(long offer, long need, String supplier, String receiver, double quantity, boolean hazardous,
			List<LocalDate> days, double each) {
		long id = propose(offer, need, supplier, quantity);
		act(receiver, id, Deal.Action.AGREE);
		act(supplier, id, Deal.Action.DELIVER);
		int n = 1;
		for (LocalDate day : days) {
			String manifest = hazardous ? "3303" + day.getYear() + String.format("%06d", id * 100 + n++) : null;
			asEnterprise(supplier, () -> deals.ship(id,
					new Deals.ShipmentCommand(day, each, manifest, "示例危货运输有限公司"), ExpectedVersion.ANY));
		}
		act(receiver, id, Deal.Action.COMPLETE);
	}
}
