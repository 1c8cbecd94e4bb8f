package org.parkloop.exchange.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer of a material, or a need for materials, listed by an enterprise (R13). What the platform publishes to
 * every user: the material, quantity, period, properties, dates, place and the enterprise. What stays private to the
 * enterprise: the price and, for matching only, the disposal cost avoided and the value of what a material replaces.
 *
 * @param quantity per period (ONCE: in total)
 * @param price asking price (offer) or price offered (need) per unit; null when not the caller's own
 * @param version the record's optimistic lock (also the {@code ETag})
 */
public record Listing(long id, Kind kind, String enterprise, String enterpriseName, String parkCode, String title,
		String materialCode, double quantity, Period period, String properties, LocalDate availableFrom,
		LocalDate availableTo, Double price, Double disposalCost, Double maxDistanceKm, double latitude, double longitude,
		Status status, List<Accept> accepts, String createdBy, Instant createdAt, boolean own, long version)
		implements org.parkloop.shared.Versioned {

	public enum Kind {
		OFFER, NEED
	}

	/** How often the quantity recurs. */
	public enum Period {
		ONCE(1), MONTH(12), YEAR(1);

		private final int perYear;

		Period(int perYear) {
			this.perYear = perYear;
		}

		/** The quantity over a year, the common measure of offers and needs. */
		double annual(double quantity) {
			return quantity * perYear;
		}
	}

	public enum Status {
		OPEN, CLOSED
	}

	/** A material a need accepts; value per unit null when not the caller's own. */
	public record Accept(@jakarta.validation.constraints.Size(max = 20) String materialCode,
			@jakarta.validation.constraints.DecimalMax("9999999999") Double valuePerUnit) {
	}

	public boolean offer() {
		return kind == Kind.OFFER;
	}

	public double annualQuantity() {
		return period.annual(quantity);
	}

	/** As its own enterprise sees it: everything. */
	Listing seenByOwner() {
		return new Listing(id, kind, enterprise, enterpriseName, parkCode, title, materialCode, quantity, period, properties,
				availableFrom, availableTo, price, disposalCost, maxDistanceKm, latitude, longitude, status, accepts, createdBy,
				createdAt, true, version);
	}

	/** With its enterprise's name and what it accepts, as read beside its row. */
	Listing with(String name, List<Accept> accepted) {
		return new Listing(id, kind, enterprise, name, parkCode, title, materialCode, quantity, period, properties,
				availableFrom, availableTo, price, disposalCost, maxDistanceKm, latitude, longitude, status,
				List.copyOf(accepted), createdBy, createdAt, own, version);
	}

	/** As the platform publishes it to others: without the private figures. */
	Listing published() {
		return new Listing(id, kind, enterprise, enterpriseName, parkCode, title, materialCode, quantity, period,
				properties, availableFrom, availableTo, null, null, maxDistanceKm, latitude, longitude, status,
				accepts.stream().map(a -> new Accept(a.materialCode(), null)).toList(), createdBy, createdAt, false, version);
	}
}
