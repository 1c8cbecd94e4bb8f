package org.parkloop.exchange.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.platform.Column;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.parkloop.registry.ParkCatalog;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The open listings and the caller's deals as Excel, with what the caller may see of them (prices only their own). */
@Controller
class ExchangeExport {

	private static final List<Column> LISTINGS = List.of(new Column("id", "编号", "No.", false),
			new Column("kind", "类型", "Kind", false), new Column("title", "标题", "Title", false),
			new Column("enterprise", "企业", "Enterprise", false), new Column("park", "园区", "Park", false),
			new Column("materials", "物料", "Materials", false), new Column("quantity", "数量", "Quantity", false),
			new Column("unit", "单位", "Unit", false), new Column("period", "周期", "Period", false),
			new Column("from", "起始日期", "Available from", false), new Column("to", "截止日期", "Available to", false),
			new Column("maxDistance", "最大运距（km）", "Maximum distance (km)", false),
			new Column("properties", "性状与成分", "Properties", false), new Column("price", "价格（本企业）", "Price (own)", false));

	private static final List<Column> DEALS = List.of(new Column("id", "编号", "No.", false),
			new Column("status", "状态", "Status", false), new Column("supplier", "供应方", "Supplier", false),
			new Column("receiver", "接收方", "Receiver", false), new Column("material", "物料", "Material", false),
			new Column("quantity", "约定数量", "Agreed quantity", false), new Column("shipped", "已发运", "Shipped", false),
			new Column("unit", "单位", "Unit", false), new Column("distance", "运距（km）", "Distance (km)", false),
			new Column("hazardous", "危险废物", "Hazardous", false),
			new Column("crossProvince", "跨省转移", "Cross-province", false),
			new Column("price", "价格（交易双方）", "Price (parties)", false),
			new Column("created", "提议时间", "Proposed", false), new Column("completed", "完成时间", "Completed", false));

	private static final List<Column> PLAN = List.of(new Column("supplier", "供应方", "Supplier", false),
			new Column("supplierPark", "供应方园区", "Supplier's park", false), new Column("offer", "供应信息", "Offer", false),
			new Column("material", "物料", "Material", false), new Column("receiver", "接收方", "Receiver", false),
			new Column("receiverPark", "接收方园区", "Receiver's park", false), new Column("need", "需求信息", "Need", false),
			new Column("quantity", "每年数量", "Quantity a year", false), new Column("unit", "单位", "Unit", false),
			new Column("distance", "运距（km）", "Distance (km)", false));

	private final Listings listings;
	private final Deals deals;
	private final Catalogue catalogue;
	private final ParkCatalog parks;
	private final Messages messages;

	private final Matching matching;

	private final org.parkloop.platform.When when;

	private final PlanPages pages;

	ExchangeExport(Listings listings, Deals deals, Catalogue catalogue, ParkCatalog parks, Messages messages, Matching matching, org.parkloop.platform.When when, PlanPages pages) {
		this.pages = pages;
		this.when = when;
		this.matching = matching;
		this.listings = listings;
		this.deals = deals;
		this.catalogue = catalogue;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/exchange/export.xlsx")
	ResponseEntity<byte[]> listings(@RequestParam(required = false) Listing.Kind kind,
			@RequestParam(required = false) String material, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Listing l : listings.find(new Listings.Filter(kind, material, null, false))) {
			List<String> codes = l.offer() ? List.of(l.materialCode())
					: l.accepts().stream().map(Listing.Accept::materialCode).toList();
			rows.add(java.util.Arrays.asList(l.id(), messages.get(locale, "enum.ListingKind." + l.kind()), l.title(),
					l.enterpriseName(), park(l.parkCode(), locale),
					String.join("、", codes.stream().map(c -> label(c, locale)).toList()), l.quantity(),
					l.offer() ? unit(l.materialCode()) : null, messages.get(locale, "enum.Period." + l.period()),
					l.availableFrom(), l.availableTo(), l.maxDistanceKm(), l.properties(), l.own() ? l.price() : null));
		}
		return Workbooks.download("exchange-listings.xlsx",
				Workbooks.write(messages.get(locale, "exchange.open"), LISTINGS, rows, locale));
	}

	@GetMapping("/exchange/deals/export.xlsx")
	ResponseEntity<byte[]> deals(Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Deal d : deals.mine()) {
			rows.add(java.util.Arrays.asList(d.id(), messages.get(locale, "enum.DealStatus." + d.status()), d.supplierName(),
					d.receiverName(), label(d.materialCode(), locale), d.quantity(), d.shipped(), unit(d.materialCode()),
					d.distanceKm(), messages.get(locale, d.hazardous() ? "common.yes" : "common.no"),
					messages.get(locale, d.crossProvince() ? "common.yes" : "common.no"), d.price(),
					when.time(d.createdAt()), when.time(d.completedAt())));
		}
		return Workbooks.download("exchange-deals.xlsx",
				Workbooks.write(messages.get(locale, "exchange.deals"), DEALS, rows, locale));
	}

	/** Every line of the optimal allocation (the page shows the largest), for the park or the city. */
	@GetMapping("/exchange/plan/export.xlsx")
	ResponseEntity<byte[]> plan(@RequestParam(required = false) String park, Locale locale) {
		Matching.Plan plan = matching.plan(pages.planScope(park));
		List<List<Object>> rows = new ArrayList<>();
		for (Matching.Line x : plan.lines()) {
			rows.add(java.util.Arrays.asList(x.offer().enterpriseName(), park(x.offer().parkCode(), locale),
					x.offer().title(), label(x.materialCode(), locale), x.need().enterpriseName(),
					park(x.need().parkCode(), locale), x.need().title(), x.tonnes(), unit(x.materialCode()), x.distanceKm()));
		}
		return Workbooks.download("exchange-plan.xlsx", Workbooks.write(messages.get(locale, "exchange.plan"), PLAN, rows, locale));
	}

	private String label(String code, Locale locale) {
		return catalogue.material(code).map(m -> m.label(locale)).orElse(code);
	}

	private String unit(String code) {
		return catalogue.material(code).map(Material::unit).orElse(null);
	}

	private String park(String code, Locale locale) {
		return parks.find(code).map(p -> p.name(locale)).orElse(code);
	}
}
