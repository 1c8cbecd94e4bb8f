package org.parkloop.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.shared.Quantity;
import org.parkloop.shared.Unit;

/**
 * A deal of the exchange was completed: the material went from the supplier to the receiver in these shipments. The
 * material flow module takes it as flows between the two enterprises; the indicators as waste utilised.
 *
 * @param unit the material's unit, that of every delivery (t for wastes, GJ for heat, m³ for water, Nm³ for gas)
 */
public record DealCompleted(long dealId, Party supplier, Party receiver, String materialCode, String materialName,
		Unit unit, boolean hazardous, List<Delivery> deliveries, Instant completedAt) {

	/** An enterprise and its park. */
	public record Party(String creditCode, String name, String parkCode) {
	}

	/** One shipment: its day and quantity. */
	public record Delivery(LocalDate shippedOn, Quantity quantity) {
	}

	/** Everything delivered, in the material's unit. */
	public Quantity total() {
		return deliveries.stream().map(Delivery::quantity).reduce(Quantity.of(BigDecimal.ZERO, unit), Quantity::plus);
	}
}
