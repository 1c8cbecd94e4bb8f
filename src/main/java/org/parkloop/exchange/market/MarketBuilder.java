package org.parkloop.exchange.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Licence;
import org.parkloop.exchange.catalogue.Licences;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.exchange.catalogue.Rule;
import org.parkloop.exchange.engine.Market;
import org.springframework.stereotype.Component;

/**
 * Turns listings into the engine's market, applying the platform's rules: quantities over a year, a need accepting an
 * HW or SW category accepts every code in it, a rule's distance limit (steam: 10 km) on that material, the licences
 * valid on the day as the receiver's licensed codes, and a licensed receiver's hazardous intake capped by what its
 * licences have left this year.
 */
@Component
class MarketBuilder {

	/** The market, the listings behind its offers and wants (same order), and what it was built with. */
	record Built(Market market, List<Listing> offers, List<Listing> needs, List<Rule> rules,
			Map<String, List<Licence>> licences) {

		/** The receiver's licence valid on the day that covers the material, if any. */
		Licence covering(String receiver, Material m, LocalDate day) {
			return licences.getOrDefault(receiver, List.of()).stream().filter(l -> l.validOn(day) && l.covers(m))
				.findFirst().orElse(null);
		}
	}

	private final Catalogue catalogue;
	private final Licences licences;
	private final DealStore deals;
	private final ExchangeSettings settings;

	MarketBuilder(Catalogue catalogue, Licences licences, DealStore deals, ExchangeSettings settings) {
		this.catalogue = catalogue;
		this.licences = licences;
		this.deals = deals;
		this.settings = settings;
	}

	Built build(List<Listing> offers, List<Listing> needs, LocalDate day) {
		List<Rule> rules = catalogue.rules();
		Map<String, List<Licence>> byHolder = new HashMap<>();
		licences.all().forEach(l -> byHolder.computeIfAbsent(l.holder(), k -> new ArrayList<>()).add(l));
		Map<String, Double> ruleDistance = new HashMap<>();
		List<Market.Offer> o = new ArrayList<>();
		for (Listing l : offers) {
			Material m = catalogue.material(l.materialCode()).orElseThrow();
			o.add(new Market.Offer("O" + l.id(), m.code(), l.annualQuantity(), l.latitude(), l.longitude(),
					l.disposalCost() == null ? m.typicalDisposalCost() : l.disposalCost(), m.hazardous()));
		}
		List<Market.Want> w = new ArrayList<>();
		for (Listing l : needs) {
			// a code the need names itself keeps its own value; the codes of a category it accepts take the category's
			Map<String, Market.Accept> accepts = new java.util.LinkedHashMap<>();
			boolean hazardous = false;
			for (boolean named : new boolean[] { true, false }) {
				for (Listing.Accept a : l.accepts()) {
					for (Material m : named ? List.of(catalogue.material(a.materialCode()).orElseThrow()) : expand(a.materialCode())) {
						hazardous |= m.hazardous();
						Double limit = ruleDistance.computeIfAbsent(m.code(), k -> {
							Double d = Catalogue.maxDistanceKm(rules, m);
							return d == null ? Double.POSITIVE_INFINITY : d;
						});
						accepts.putIfAbsent(m.code(), new Market.Accept(m.code(), a.valuePerUnit() == null ? 0 : a.valuePerUnit(), limit));
					}
				}
			}
			List<Licence> valid = byHolder.getOrDefault(l.enterprise(), List.of()).stream().filter(x -> x.validOn(day)).toList();
			Set<String> codes = new LinkedHashSet<>();
			valid.forEach(x -> codes.addAll(x.codes()));
			double quantity = l.annualQuantity();
			if (hazardous) {
				quantity = Math.min(quantity, valid.stream().mapToDouble(x -> remaining(x, day)).sum());
			}
			w.add(new Market.Want("N" + l.id(), Math.max(quantity, 0), l.latitude(), l.longitude(),
					l.maxDistanceKm() == null ? Double.POSITIVE_INFINITY : l.maxDistanceKm(), List.copyOf(accepts.values()),
					List.copyOf(codes)));
		}
		return new Built(new Market(o, w, settings.transportCostPerTonneKm(), settings.roadFactor()), offers, needs, rules,
				byHolder);
	}

	/** What the licence may still take this year: its capacity less the tonnes of its deals under way or done. */
	double remaining(Licence l, LocalDate day) {
		return Math.max(0, l.annualCapacityTonnes() - deals.tonnesUnderLicence(l.id(), day.getYear()));
	}

	/** A code, or every selectable code of a category (HW08: 900-214-08, 900-249-08, ...). */
	List<Material> expand(String code) {
		Material m = catalogue.material(code).orElseThrow();
		List<Material> out = new ArrayList<>(List.of(m));
		if (m.code().equals(m.category())) {
			catalogue.materials().stream().filter(x -> !x.code().equals(code) && code.equals(x.category()) && x.selectable())
				.forEach(out::add);
		}
		return out;
	}
}
