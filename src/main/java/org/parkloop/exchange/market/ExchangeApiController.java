package org.parkloop.exchange.market;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste exchange 废物交换", description = "Offers, needs, candidates, deals and the information centre")
class ExchangeApiController {

	private final Listings listings;
	private final Matching matching;
	private final Deals deals;
	private final Centre centre;

	ExchangeApiController(Listings listings, Matching matching, Deals deals, Centre centre) {
		this.listings = listings;
		this.matching = matching;
		this.deals = deals;
		this.centre = centre;
	}

	@GetMapping("/api/v1/exchange/listings")
	@Operation(summary = "Open offers and needs as published (the caller's own in full; mine=true: the caller's own, closed ones too)")
	List<Listing> listings(@RequestParam(required = false) Listing.Kind kind, @RequestParam(required = false) String material,
			@RequestParam(required = false) String park, @RequestParam(defaultValue = "false") boolean mine) {
		return listings.find(new Listings.Filter(kind, material, park, mine));
	}

	@PostMapping("/api/v1/exchange/listings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "List an offer or a need for the caller's enterprise")
	Listing create(@RequestBody Listings.ListingCommand listing) {
		return listings.create(listing);
	}

	@GetMapping("/api/v1/exchange/listings/{id}")
	Listing listing(@PathVariable long id) {
		return listings.get(id);
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/v1/exchange/listings/{id}")
	@Operation(summary = "Change the caller's own open listing (its kind stays): with the version read, as If-Match or the body's version")
	Listing update(@PathVariable long id, @RequestBody Listings.ListingCommand listing,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return listings.update(id, listing, Versions.of(ifMatch, listing.version()));
	}

	@PostMapping("/api/v1/exchange/listings/{id}/close")
	Listing close(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return listings.close(id, Versions.ofAction(ifMatch, null));
	}

	@GetMapping("/api/v1/exchange/listings/{id}/candidates")
	@Operation(summary = "Ranked partners of a listing, each with its reason, distance, transport cost and CO2, and net benefit")
	List<Matching.Candidate> candidates(@PathVariable long id) {
		return matching.candidates(id);
	}

	@GetMapping("/api/v1/exchange/plan")
	@Operation(summary = "The optimal allocation of a park's open offers and needs (park=…), or the whole city's (CITY)")
	Matching.Plan plan(@RequestParam(required = false) String park) {
		return matching.plan(park == null || park.isBlank() ? null : park);
	}

	@GetMapping("/api/v1/exchange/deals")
	List<Deal> deals() {
		return deals.mine();
	}

	@PostMapping("/api/v1/exchange/deals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose a deal between an offer and a need (one of them the caller's)")
	Deal propose(@RequestBody Deals.Proposal proposal) {
		return deals.propose(proposal);
	}

	@GetMapping("/api/v1/exchange/deals/{id}")
	Deal deal(@PathVariable long id) {
		return deals.get(id);
	}

	/** What a party sends with an action: the approval of a cross-province transfer, when starting delivery. */
	record ActionJson(@jakarta.validation.constraints.Size(max = 100) String approvalRef) {
	}

	@PostMapping("/api/v1/exchange/deals/{id}/agree")
	Deal agree(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return deals.act(id, Deal.Action.AGREE, null, Versions.ofAction(ifMatch, null));
	}

	@PostMapping("/api/v1/exchange/deals/{id}/deliver")
	Deal deliver(@PathVariable long id, @RequestBody(required = false) ActionJson body, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return deals.act(id, Deal.Action.DELIVER, body == null ? null : body.approvalRef(),
				Versions.ofAction(ifMatch, null));
	}

	@PostMapping("/api/v1/exchange/deals/{id}/complete")
	Deal complete(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return deals.act(id, Deal.Action.COMPLETE, null, Versions.ofAction(ifMatch, null));
	}

	@PostMapping("/api/v1/exchange/deals/{id}/cancel")
	Deal cancel(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return deals.act(id, Deal.Action.CANCEL, null, Versions.ofAction(ifMatch, null));
	}

	@PostMapping("/api/v1/exchange/deals/{id}/shipments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a shipment (with its transfer manifest number for hazardous waste)")
	Deal ship(@PathVariable long id, @RequestBody Deals.ShipmentCommand shipment, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return deals.ship(id, shipment, Versions.ofAction(ifMatch, null));
	}

	@GetMapping("/api/v1/exchange/statistics")
	Centre.Statistics statistics() {
		return centre.statistics();
	}
}
