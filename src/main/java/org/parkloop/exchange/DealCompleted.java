package org.parkloop.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal of the exchange was completed: the material went from the supplier to the receiver in these shipments. The
 * material flow module takes it as flows between the two enterprises; the indicators as waste utilised.
 *
 * @param unit the unit of every quantity (t for wastes, GJ for heat, m3 for water)
 */
public record DealCompleted(long dealId, Party supplier, Party receiver, String materialCode, String materialName,
		String unit, boolean hazardous, List<Delivery> deliveries, Instant completedAt) {

	/** An enterprise and its park. */
	public record Party(String creditCode, String name, String parkCode) {
	}

	/** One shipment: its day and quantity (in the deal's unit). */
	public record Delivery(LocalDate shippedOn, double quantity) {
	}

	public double total() {
		return deliveries.stream().mapToDouble(Delivery::quantity).sum();
	}
}
