package org.parkloop.exchange.market;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.exchange.DealCompleted;
import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Licence;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Quantity;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.Refused;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.Unit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals between an offer and a need: the parties act on them, those in the deal's {@link DealAudience} see them. A
 * completed deal publishes {@link DealCompleted}.
 */
@Service
@Transactional(readOnly = true)
public class Deals {

	public record Proposal(Long offerId, Long needId, @DecimalMax("99999999999") Double quantity,
			@DecimalMax("9999999999") Double price, @Size(max = 1000) String note) {
	}

	public record ShipmentCommand(LocalDate shippedOn, @DecimalMax("99999999999") Double quantity,
			@Size(max = 64) String manifestNo, @Size(max = 200) String carrier) {
	}

	private final DealStore store;
	private final Listings listings;
	private final Catalogue catalogue;
	private final LicenceCapacity capacity;
	private final MarketBuilder markets;
	private final EnterpriseRegistry enterprises;
	private final DealAudience audience;
	private final CurrentCaller callers;
	private final Audit audit;
	private final ApplicationEventPublisher events;
	private final ExchangeSettings settings;
	private final Clock clock;

	Deals(DealStore store, Listings listings, Catalogue catalogue, LicenceCapacity capacity, MarketBuilder markets,
			EnterpriseRegistry enterprises, DealAudience audience, CurrentCaller callers, Audit audit,
			ApplicationEventPublisher events, ExchangeSettings settings, Clock clock) {
		this.store = store;
		this.listings = listings;
		this.catalogue = catalogue;
		this.capacity = capacity;
		this.markets = markets;
		this.enterprises = enterprises;
		this.audience = audience;
		this.callers = callers;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** The caller's deals: an enterprise's own, an office's parks', every deal for CITY. */
	public List<Deal> mine() {
		return audience.named(store.involving(audience.own().toArray(String[]::new), audience.officeParks()));
	}

	/** The caller's deals that wait for the caller's enterprise to act. */
	public List<Deal> awaitingCaller() {
		Set<String> own = audience.own();
		if (own.isEmpty()) {
			return List.of();
		}
		return audience.named(store.openOf(own.toArray(String[]::new))).stream()
			.filter(d -> own.stream().anyMatch(d::awaits))
			.toList();
	}

	public Deal get(long id) {
		Deal d = audience.named(List.of(store.get(id))).get(0);
		if (!audience.sees(d)) {
			throw new NotFound("exchange.deal.notFound", id);
		}
		return d;
	}

	@Transactional
	public Deal propose(Proposal p) {
		if (audience.own().isEmpty()) {
			throw new Forbidden("access.exchangeDeal");
		}
		Inputs.check(p);
		if (p.offerId() == null || p.needId() == null) {
			throw RuleViolation.onField(p.offerId() == null ? "offerId" : "needId", "validation.required");
		}
		Listing offer = listings.full(p.offerId());
		Listing need = listings.full(p.needId());
		String party = audience.partyOf(offer.enterprise(), need.enterprise());
		if (party == null) {
			throw new Forbidden("access.exchangeDeal");
		}
		DealRules.checkListings(p, offer, need);
		Material material = catalogue.material(offer.materialCode()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		Licence licence = null;
		if (material.hazardous()) {
			licence = capacity.covering(need.enterprise(), material, p.quantity(), today);
		}
		double distance = DealRules.checkReach(markets.build(List.of(offer), List.of(need), today), need, material,
				markets, catalogue);
		boolean crossProvince = licence != null && !licence.province().equals(settings.province());
		Deal draft = new Deal(0, offer.id(), need.id(), offer.enterprise(), null, offer.parkCode(), need.enterprise(), null,
				need.parkCode(), material.code(), p.quantity(), p.price(), distance, material.hazardous(),
				licence == null ? null : licence.id(), crossProvince, null, Deal.Status.PROPOSED, party,
				p.note() == null || p.note().isBlank() ? null : p.note().trim(), null, null, null, null, List.of(), true, 0);
		long id = store.insert(draft);
		audit.record("CREATE", "exchange_deal", Long.toString(id),
				offer.enterprise() + " → " + need.enterprise() + " " + material.code() + " " + p.quantity());
		return get(id);
	}

	/** A step of the deal (see {@link Deal#after}), taken on the deal as it stands under its lock. */
	@Transactional
	public Deal act(long id, Deal.Action action, String approvalRef, ExpectedVersion expected) {
		Claimed claimed = claimAsParty(id, expected);
		Deal d = claimed.deal();
		String party = claimed.party();
		if (action == null) {
			throw new RuleViolation("exchange.deal.unknownAction");
		}
		Inputs.text("approvalRef", approvalRef, 100);
		Deal acting = action == Deal.Action.DELIVER && approvalRef != null && !approvalRef.isBlank()
				? d.withApproval(approvalRef.trim()) : d;
		Deal.Status next = acting.after(action, party);
		if (action == Deal.Action.AGREE && d.hazardous()) {
			capacity.checkStillCovers(d.licenceId(), d.materialCode(), d.quantity(), LocalDate.now(clock));
		}
		store.setStatus(id, next, action == Deal.Action.DELIVER ? acting.approvalRef() : null);
		audit.record(action.name(), "exchange_deal", Long.toString(id), d.status() + " → " + next);
		Deal after = get(id);
		if (next == Deal.Status.COMPLETED) {
			events.publishEvent(completed(after));
		}
		return after;
	}

	@Transactional
	public Deal ship(long id, ShipmentCommand s, ExpectedVersion expected) {
		Claimed claimed = claimAsParty(id, expected);
		Deal d = claimed.deal();
		String party = claimed.party();
		Inputs.check(s);
		if (s.shippedOn() == null) {
			throw RuleViolation.onField("shippedOn", "validation.required");
		}
		if (s.shippedOn().isAfter(LocalDate.now(clock))) {
			throw RuleViolation.onField("shippedOn", "exchange.shipment.future");
		}
		String manifest = s.manifestNo() == null || s.manifestNo().isBlank() ? null : s.manifestNo().trim();
		d.checkShipment(party, s.quantity() == null ? 0 : s.quantity(), manifest);
		if (manifest != null && store.manifestExists(manifest)) {
			throw new Refused("manifestNo", List.of(Refused.Reason.of("exchange.shipment.manifestExists", null, manifest)));
		}
		store.addShipment(id, s.shippedOn(), s.quantity(), manifest,
				s.carrier() == null || s.carrier().isBlank() ? null : s.carrier().trim(), callers.get().username());
		audit.record("SHIP", "exchange_deal", Long.toString(id), s.quantity() + (manifest == null ? "" : " " + manifest));
		return get(id);
	}

	/** A deal the caller may see, locked at the expected version, and the caller's side of it. */
	private record Claimed(Deal deal, String party) {
	}

	private Claimed claimAsParty(long id, ExpectedVersion expected) {
		get(id);
		store.claim(id, expected);
		Deal d = get(id);
		String party = audience.partyOf(d.supplier(), d.receiver());
		if (party == null) {
			throw new Forbidden("access.exchangeDeal");
		}
		return new Claimed(d, party);
	}

	DealCompleted completed(Deal d) {
		Material m = catalogue.material(d.materialCode()).orElseThrow();
		Map<String, EnterpriseRegistry.Profile> names = enterprises.profiles(List.of(d.supplier(), d.receiver()));
		Unit unit = Unit.of(m.unit());
		return new DealCompleted(d.id(), new DealCompleted.Party(d.supplier(), DealAudience.name(names, d.supplier()), d.supplierPark()),
				new DealCompleted.Party(d.receiver(), DealAudience.name(names, d.receiver()), d.receiverPark()), m.code(), m.nameZh(), unit,
				m.hazardous(), d.shipments().stream().map(s -> new DealCompleted.Delivery(s.shippedOn(),
						Quantity.of(BigDecimal.valueOf(s.quantity()), unit))).toList(),
				d.completedAt() == null ? Instant.now(clock) : d.completedAt());
	}
}
