package org.parkloop.exchange.market;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Licence;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.exchange.catalogue.Rule;
import org.parkloop.exchange.engine.Allocation;
import org.parkloop.exchange.engine.Allocator;
import org.parkloop.exchange.engine.Ranking;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching on the platform's listings: the ranked partners of one listing, and the best allocation of a park's or the
 * whole city's open offers and needs (R13). People decide: both only propose.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

	/**
	 * A partner for a listing: the other side's published listing, why they fit (the rule, or the receiver's own
	 * declaration when no rule covers the pair), and what the pair would gain.
	 *
	 * @param tonnes what the two could exchange over a year on their own
	 * @param transportCost yuan for those tonnes; {@code transportCo2} tonnes CO2e for them
	 * @param netBenefit yuan: disposal cost avoided + value replaced − transport cost, for those tonnes
	 */
	public record Candidate(Listing partner, long offerId, long needId, String materialCode, Rule rule, double distanceKm, double tonnes,
			double transportCost, double transportCo2, double netBenefit, String licenceNumber, boolean crossProvince) {
	}

	/** One side of a line of an allocation: the listing, its enterprise and park, and its place. */
	public record End(long listing, String title, String enterprise, String enterpriseName, String parkCode,
			double latitude, double longitude) {

		static End of(Listing l) {
			return new End(l.id(), l.title(), l.enterprise(), l.enterpriseName(), l.parkCode(), l.latitude(), l.longitude());
		}
	}

	/** One line of an allocation: from an offer to a need, the material, its quantity a year and the road distance. */
	public record Line(End offer, End need, String materialCode, double tonnes, double distanceKm) {
	}

	/**
	 * @param divertedTonnes a year, of the materials measured in tonnes; {@code divertedByUnit} every unit's total
	 */
	public record Plan(String parkCode, int offers, int needs, double objective, double greedyObjective,
			double divertedTonnes, Map<String, Double> divertedByUnit, boolean optimal, List<Line> lines) {
	}

	private final Listings listings;
	private final MarketBuilder markets;
	private final Catalogue catalogue;
	private final EnterpriseRegistry enterprises;
	private final ParkAccess parkAccess;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final ExchangeSettings settings;
	private final Clock clock;

	Matching(Listings listings, MarketBuilder markets, Catalogue catalogue, EnterpriseRegistry enterprises,
			ParkAccess parkAccess, ParkCatalog parks, CurrentCaller callers, ExchangeSettings settings, Clock clock) {
		this.listings = listings;
		this.markets = markets;
		this.catalogue = catalogue;
		this.enterprises = enterprises;
		this.parkAccess = parkAccess;
		this.parks = parks;
		this.callers = callers;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether the caller may see a listing's candidates: its enterprise, or an office of its park. */
	public boolean maySeeCandidates(Listing l) {
		return l.own() || parks.find(l.parkCode()).filter(parkAccess::canReadAsOffice).isPresent();
	}

	public List<Candidate> candidates(long listingId) {
		Listing seen = listings.get(listingId);
		if (!maySeeCandidates(seen)) {
			throw new Forbidden("access.exchangeCandidates");
		}
		Listing l = listings.full(listingId);
		LocalDate today = LocalDate.now(clock);
		List<Listing> others;
		MarketBuilder.Built b;
		List<Ranking.Match> ranked;
		if (l.offer()) {
			Material m = catalogue.material(l.materialCode()).orElseThrow();
			others = listings.needsAccepting(m).stream().filter(n -> !n.enterprise().equals(l.enterprise())).toList();
			b = markets.build(List.of(l), others, today);
			ranked = Ranking.forOffer(b.market(), 0);
		}
		else {
			Set<String> codes = new HashSet<>();
			l.accepts().forEach(a -> markets.expand(a.materialCode()).forEach(m -> codes.add(m.code())));
			others = listings.offersOf(codes).stream().filter(o -> !o.enterprise().equals(l.enterprise())).toList();
			b = markets.build(others, List.of(l), today);
			ranked = Ranking.forWant(b.market(), 0);
		}
		Set<String> receivers = new HashSet<>();
		ranked.forEach(x -> receivers.add(l.offer() ? others.get(x.want()).enterprise() : l.enterprise()));
		Map<String, EnterpriseRegistry.Profile> profiles = enterprises.profiles(receivers);
		List<Candidate> out = new ArrayList<>();
		for (Ranking.Match x : ranked) {
			Listing other = others.get(l.offer() ? x.want() : x.offer()).published();
			Listing offer = l.offer() ? seen : other;
			Listing need = l.offer() ? other : seen;
			Material m = catalogue.material(offer.materialCode()).orElseThrow();
			EnterpriseRegistry.Profile receiver = profiles.get(need.enterprise());
			Rule rule = Catalogue.rulesFor(b.rules(), m, receiver == null ? null : receiver.industryCode()).stream()
				.findFirst().orElse(null);
			Licence licence = m.hazardous() ? b.covering(need.enterprise(), m, today) : null;
			double transport = x.tonnes() * x.distanceKm() * settings.transportCostPerTonneKm();
			double co2 = x.tonnes() * x.distanceKm() * settings.co2KgPerTonneKm() / 1000;
			out.add(new Candidate(other, offer.id(), need.id(), m.code(), rule, x.distanceKm(), x.tonnes(), transport, co2, x.netBenefit(),
					licence == null ? null : licence.number(),
					licence != null && !licence.province().equals(settings.province())));
		}
		return out;
	}

	/** Whether the caller may plan for this park (null: the whole city, CITY only). */
	public boolean mayPlan(String parkCode) {
		if (parkCode == null) {
			return callers.get().has(Role.CITY);
		}
		return parks.find(parkCode).filter(parkAccess::canReadAsOffice).isPresent();
	}

	/** The parks the caller may plan for. */
	public List<ParkView> plannableParks() {
		return parks.all().stream().filter(parkAccess::canReadAsOffice).toList();
	}

	/** The optimal allocation of the open offers and needs of a park (both sides in it), or of the city (null). */
	public Plan plan(String parkCode) {
		if (!mayPlan(parkCode)) {
			throw new Forbidden(parkCode == null ? "access.cityOnly" : "access.park", parkCode);
		}
		Set<String> in = parkCode == null ? null : Set.of(parkCode);
		List<Listing> offers = listings.open(Listing.Kind.OFFER, in);
		List<Listing> needs = listings.open(Listing.Kind.NEED, in);
		MarketBuilder.Built b = markets.build(offers, needs, LocalDate.now(clock));
		Allocator.Both both = Allocator.both(b.market());
		Allocation best = both.optimal();
		Allocation greedy = both.greedy();
		Map<String, Listing> byId = new java.util.HashMap<>();
		offers.forEach(o -> byId.put("O" + o.id(), o));
		needs.forEach(n -> byId.put("N" + n.id(), n));
		List<Line> lines = best.shipments().stream()
			.map(s -> new Line(End.of(byId.get(s.offer())), End.of(byId.get(s.want())),
					byId.get(s.offer()).materialCode(), s.quantity(), s.distanceKm()))
			.sorted(java.util.Comparator.comparingDouble(Line::tonnes).reversed())
			.toList();
		Map<String, Double> byUnit = new java.util.TreeMap<>();
		for (Line line : lines) {
			byUnit.merge(catalogue.material(line.materialCode()).orElseThrow().unit(), line.tonnes(), Double::sum);
		}
		return new Plan(parkCode, offers.size(), needs.size(), best.objective(), greedy.objective(),
				byUnit.getOrDefault("t", 0.0), byUnit, best.optimal(), lines);
	}
}
