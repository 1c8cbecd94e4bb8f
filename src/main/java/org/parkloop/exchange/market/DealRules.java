package org.parkloop.exchange.market;

import java.util.List;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.exchange.engine.Ranking;
import org.parkloop.shared.Refused;
import org.parkloop.shared.RuleViolation;

/**
 * What a proposed deal must be (R9): an open offer and an open need of two enterprises, a positive quantity within
 * what is offered, no negative price; the need accepts the offered material, within its distance and the catalogue's
 * limit for the material, with a net benefit. The receiver's licence for hazardous waste is checked by
 * {@link Deals} under the licence's lock. What the proposal lacks is a problem of its field (400), what the listings'
 * state forbids a refusal (409).
 */
final class DealRules {

	private DealRules() {
	}

	static void checkListings(Deals.Proposal p, Listing offer, Listing need) {
		if (offer.kind() != Listing.Kind.OFFER || need.kind() != Listing.Kind.NEED) {
			throw new RuleViolation("exchange.deal.kinds");
		}
		if (offer.status() != Listing.Status.OPEN || need.status() != Listing.Status.OPEN) {
			throw new Refused("exchange.deal.listingClosed", null);
		}
		if (offer.enterprise().equals(need.enterprise())) {
			throw new RuleViolation("exchange.deal.sameEnterprise");
		}
		if (p.quantity() == null || !(p.quantity() > 0)) {
			throw RuleViolation.onField("quantity", "validation.positive");
		}
		if (p.quantity() > offer.annualQuantity() * (1 + 1e-9)) {
			throw RuleViolation.onField("quantity", "exchange.deal.tooMuch", offer.annualQuantity());
		}
		if (p.price() != null && !(p.price() >= 0)) {
			throw RuleViolation.onField("price", "validation.nonNegative");
		}
	}

	/** The road distance between the two, once the need accepts the material and the pair is within reach, with a benefit. */
	static double checkReach(MarketBuilder.Built pair, Listing need, Material material, MarketBuilder markets,
			Catalogue catalogue) {
		boolean accepted = need.accepts().stream().anyMatch(a -> markets.expand(a.materialCode()).contains(material));
		if (!accepted) {
			throw new Refused("exchange.deal.notAccepted", null, material.code());
		}
		double distance = Ranking.roadDistanceKm(pair.market(), 0, 0);
		List<Ranking.Match> match = Ranking.forOffer(pair.market(), 0);
		if (match.isEmpty()) {
			Double limit = catalogue.maxDistanceKm(material);
			boolean tooFar = distance > need.maxDistanceKm() || (limit != null && distance > limit);
			throw new Refused(tooFar ? "exchange.deal.tooFar" : "exchange.deal.noBenefit", "R9", Math.round(distance));
		}
		return distance;
	}
}
