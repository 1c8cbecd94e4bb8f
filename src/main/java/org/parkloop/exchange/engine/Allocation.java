package org.parkloop.exchange.engine;

import java.util.List;

/** What an allocation method found. */
public record Allocation(double objective, List<Shipment> shipments, double divertedTonnes, boolean optimal) {

	/** Tonnes of one offer sent to one want, over the road distance. */
	public record Shipment(String offer, String want, double quantity, double distanceKm) {
	}
}
