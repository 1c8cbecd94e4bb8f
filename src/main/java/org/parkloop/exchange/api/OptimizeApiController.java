package org.parkloop.exchange.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Inputs;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parkloop.exchange.engine.Allocation;
import org.parkloop.exchange.engine.Allocator;
import org.parkloop.exchange.engine.Market;
import org.parkloop.exchange.engine.MarketException;
import org.parkloop.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The best allocation of offers to wants, without storage, for scripts and other tools. */
@RestController
@Tag(name = "Waste exchange 废物交换", description = "Optimal allocation of offers to wants")
class OptimizeApiController {

	private final Messages messages;

	OptimizeApiController(Messages messages) {
		this.messages = messages;
	}

	/** Far above a national market (10,000 offers and wants are solved in about 5 s). */
	static final int MAX_ITEMS = 1_000_000;

	public record OfferJson(@Size(max = 100) String id, @Size(max = 100) String material,
			@DecimalMax("1e12") Double quantity, @DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lon, @DecimalMin("-1e9") @DecimalMax("1e9") Double disposalCostPerTonne,
			Boolean hazardous) {
	}

	public record AcceptJson(@Size(max = 100) String material, @DecimalMin("-1e9") @DecimalMax("1e9") Double valuePerTonne) {
	}

	public record WantJson(@Size(max = 100) String id, @DecimalMax("1e12") Double quantity,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon,
			@DecimalMax("1e6") Double maxDistanceKm, @Size(max = 10_000) List<@Valid AcceptJson> accepts,
			@Size(max = 10_000) List<@Size(max = 100) String> licensedCodes) {
	}

	public record MarketJson(@Size(max = MAX_ITEMS) List<@Valid OfferJson> offers,
			@Size(max = MAX_ITEMS) List<@Valid WantJson> wants,
			@DecimalMin("0") @DecimalMax("1e6") Double transportCostPerTonneKm,
			@DecimalMin("1") @DecimalMax("100") Double roadFactor) {
	}

	public record ShipmentJson(String offer, String want, double quantity, double distanceKm) {
	}

	public record GreedyJson(double objective, List<ShipmentJson> allocations, double divertedTonnes) {
	}

	public record ResultJson(double objective, List<ShipmentJson> allocations, double divertedTonnes, boolean optimal,
			GreedyJson greedy) {
	}

	@PostMapping("/api/v1/exchange/optimize")
	@Operation(summary = "The allocation that maximises the total net benefit (disposal cost avoided + value replaced − "
			+ "transport cost), solved to proven optimality, beside the greedy baseline")
	ResultJson optimize(@RequestBody MarketJson json) {
		Inputs.check(json);
		Market m = toMarket(json);
		Allocator.Both both = Allocator.both(m);
		Allocation best = both.optimal();
		Allocation greedy = both.greedy();
		return new ResultJson(best.objective(), shipments(best), best.divertedTonnes(), best.optimal(),
				new GreedyJson(greedy.objective(), shipments(greedy), greedy.divertedTonnes()));
	}

	private static List<ShipmentJson> shipments(Allocation a) {
		return a.shipments().stream().map(s -> new ShipmentJson(s.offer(), s.want(), s.quantity(), s.distanceKm())).toList();
	}

	private static Market toMarket(MarketJson json) {
		List<Market.Offer> offers = (json.offers() == null ? List.<OfferJson>of() : json.offers()).stream()
			.map(o -> new Market.Offer(o.id(), o.material(), num(o.quantity()), num(o.lat()), num(o.lon()),
					o.disposalCostPerTonne() == null ? 0 : o.disposalCostPerTonne(), Boolean.TRUE.equals(o.hazardous())))
			.toList();
		List<Market.Want> wants = (json.wants() == null ? List.<WantJson>of() : json.wants()).stream()
			.map(w -> new Market.Want(w.id(), num(w.quantity()), num(w.lat()), num(w.lon()), num(w.maxDistanceKm()),
					w.accepts() == null ? List.of() : w.accepts().stream()
						.map(a -> new Market.Accept(a.material(), a.valuePerTonne() == null ? 0 : a.valuePerTonne()))
						.toList(),
					w.licensedCodes() == null ? List.of() : w.licensedCodes()))
			.toList();
		return new Market(offers, wants, json.transportCostPerTonneKm() == null ? 0 : json.transportCostPerTonneKm(),
				json.roadFactor() == null ? 1.0 : json.roadFactor());
	}

	/** A missing number is not a number, which validation then names. */
	private static double num(Double d) {
		return d == null ? Double.NaN : d;
	}

	@ExceptionHandler(MarketException.class)
	ProblemDetail invalid(MarketException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.get("exchange.invalid", String.join(", ", e.ids())));
		p.setTitle(messages.get("problem.invalidTitle"));
		p.setProperty("ids", e.ids());
		return p;
	}
}
