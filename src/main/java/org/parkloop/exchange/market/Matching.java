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
import org.parkloop.exchange.catalogue.Licences;
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
	public record Candidate(Listing partner, Listing offer, Listing need, Rule rule, double distanceKm, double tonnes,
			double transportCost, double transportCo2, double netBenefit, String licenceNumber, boolean crossProvince) {
	}

	/** One line of an allocation: offer and need listings (published), tonnes a year, road distance. */
	public record Line(Listing offer, Listing need, double tonnes, double distanceKm) {
	}

	public record Plan(String parkCode, int offers, int needs, double objective, double greedyObjective,
			double divertedTonnes, boolean optimal, List<Line> lines) {
	}

	private final Listings listings;
	private final MarketBuilder markets;
	private final Catalogue catalogue;
	private final Licences licences;
	private final EnterpriseRegistry enterprises;
	private final ParkAccess parkAccess;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final ExchangeSettings settings;
	private final Clock clock;

	Matching(Listings listings, MarketBuilder markets, Catalogue catalogue, Licences licences, EnterpriseRegistry enterprises,
			ParkAccess parkAccess, ParkCatalog parks, CurrentCaller callers, ExchangeSettings settings, Clock clock) {
		this.listings = listings;
		this.markets = markets;
		this.catalogue = catalogue;
		this.licences = licences;
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
		List<Candidate> out = new ArrayList<>();
		if (l.offer()) {
			Material m = catalogue.material(l.materialCode()).orElseThrow();
			List<Listing> needs = listings.needsAccepting(m).stream().filter(n -> !n.enterprise().equals(l.enterprise())).toList();
			MarketBuilder.Built b = markets.build(List.of(l), needs, today);
			for (Ranking.Match x : Ranking.forOffer(b.market(), 0)) {
				out.add(candidate(l, needs.get(x.want()), x, today));
			}
		}
		else {
			Set<String> codes = new HashSet<>();
			l.accepts().forEach(a -> markets.expand(a.materialCode()).forEach(m -> codes.add(m.code())));
			List<Listing> offers = listings.offersOf(codes).stream().filter(o -> !o.enterprise().equals(l.enterprise())).toList();
			MarketBuilder.Built b = markets.build(offers, List.of(l), today);
			for (Ranking.Match x : Ranking.forWant(b.market(), 0)) {
				out.add(candidate(l, offers.get(x.offer()), x, today));
			}
		}
		return out;
	}

	private Candidate candidate(Listing self, Listing other, Ranking.Match x, LocalDate today) {
		Listing offer = self.offer() ? self : other;
		Listing need = self.offer() ? other : self;
		Material m = catalogue.material(offer.materialCode()).orElseThrow();
		String industry = enterprises.profile(need.enterprise()).map(EnterpriseRegistry.Profile::industryCode).orElse(null);
		Rule rule = catalogue.rulesFor(m, industry).stream().findFirst().orElse(null);
		Licence licence = m.hazardous() ? licences.covering(need.enterprise(), m, today).orElse(null) : null;
		double transport = x.tonnes() * x.distanceKm() * settings.transportCostPerTonneKm();
		double co2 = x.tonnes() * x.distanceKm() * settings.co2KgPerTonneKm() / 1000;
		Listing partner = listings.get(other.id());
		return new Candidate(partner, self.offer() ? listings.get(self.id()) : partner,
				self.offer() ? partner : listings.get(self.id()), rule, x.distanceKm(), x.tonnes(), transport, co2,
				x.netBenefit(), licence == null ? null : licence.number(),
				licence != null && !licence.province().equals(settings.province()));
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
		Allocation best = Allocator.optimal(b.market());
		Allocation greedy = Allocator.greedy(b.market());
		Map<String, Listing> byId = new java.util.HashMap<>();
		offers.forEach(o -> byId.put("O" + o.id(), o.published()));
		needs.forEach(n -> byId.put("N" + n.id(), n.published()));
		List<Line> lines = best.shipments().stream()
			.map(s -> new Line(byId.get(s.offer()), byId.get(s.want()), s.quantity(), s.distanceKm()))
			.sorted(java.util.Comparator.comparingDouble(Line::tonnes).reversed())
			.toList();
		return new Plan(parkCode, offers.size(), needs.size(), best.objective(), greedy.objective(), best.divertedTonnes(),
				best.optimal(), lines);
	}
}
