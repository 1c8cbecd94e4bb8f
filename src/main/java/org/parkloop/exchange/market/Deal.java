package org.parkloop.exchange.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.shared.Refused;
import org.parkloop.shared.RuleViolation;

/**
 * A deal between a supplier's offer and a receiver's need: proposed by one party, agreed by the other, delivered in
 * shipments (each hazardous one with its transfer manifest, 转移联单), completed by the receiver, or cancelled. The
 * transition table lives here, in {@link #after(Action, String)}; nothing else sets a deal's status.
 *
 * @param price per unit, agreed between the parties; null for anyone else
 * @param crossProvince a hazardous transfer to a licence of another province, which needs the authorities' approval
 *        (跨省转移审批) before delivery starts
 */
public record Deal(long id, long offerId, long needId, String supplier, String supplierName, String supplierPark,
		String receiver, String receiverName, String receiverPark, String materialCode, double quantity, Double price,
		double distanceKm, boolean hazardous, Long licenceId, boolean crossProvince, String approvalRef, Status status,
		String proposedBy, String note, Instant createdAt, Instant agreedAt, Instant completedAt, Instant cancelledAt,
		List<Shipment> shipments, boolean party, long version) implements org.parkloop.shared.Versioned {

	public enum Status {
		PROPOSED, AGREED, DELIVERING, COMPLETED, CANCELLED
	}

	public enum Action {
		AGREE, DELIVER, COMPLETE, CANCEL
	}

	/** One shipment; {@code manifestNo} is the transfer manifest's number (required for hazardous waste). */
	public record Shipment(long id, LocalDate shippedOn, double quantity, String manifestNo, String carrier,
			String recordedBy) {
	}

	/** The same deal with its shipments. */
	Deal withShipments(List<Shipment> list) {
		return new Deal(id, offerId, needId, supplier, supplierName, supplierPark, receiver, receiverName, receiverPark,
				materialCode, quantity, price, distanceKm, hazardous, licenceId, crossProvince, approvalRef, status, proposedBy,
				note, createdAt, agreedAt, completedAt, cancelledAt, List.copyOf(list), party, version);
	}

	/** The deal as a caller sees it: the parties named, and the price only for a party. */
	Deal seenAs(String supplierNamed, String receiverNamed, boolean byParty) {
		return new Deal(id, offerId, needId, supplier, supplierNamed, supplierPark, receiver, receiverNamed, receiverPark,
				materialCode, quantity, byParty ? price : null, distanceKm, hazardous, licenceId, crossProvince, approvalRef,
				status, proposedBy, note, createdAt, agreedAt, completedAt, cancelledAt, shipments, byParty, version);
	}

	/** The same deal with the reference of the authorities' approval of a cross-province transfer. */
	Deal withApproval(String ref) {
		return new Deal(id, offerId, needId, supplier, supplierName, supplierPark, receiver, receiverName, receiverPark,
				materialCode, quantity, price, distanceKm, hazardous, licenceId, crossProvince, ref, status, proposedBy, note,
				createdAt, agreedAt, completedAt, cancelledAt, shipments, party, version);
	}

	public double shipped() {
		return shipments.stream().mapToDouble(Shipment::quantity).sum();
	}

	/** Whether the deal waits for this party (a credit code) to act: agree, start delivering, ship or confirm. */
	public boolean awaits(String party) {
		return switch (status) {
			case PROPOSED -> !party.equals(proposedBy) && (party.equals(supplier) || party.equals(receiver));
			case AGREED -> party.equals(supplier);
			case DELIVERING -> party.equals(shipments.isEmpty() ? supplier : receiver);
			default -> false;
		};
	}

	/** The status after the party (a credit code) takes the action, or the reason it may not. */
	Status after(Action action, String party) {
		boolean bySupplier = party.equals(supplier);
		return switch (action) {
			case AGREE -> {
				require(status == Status.PROPOSED, "exchange.deal.notProposed");
				require(!party.equals(proposedBy), "exchange.deal.agreeOwn");
				yield Status.AGREED;
			}
			case DELIVER -> {
				require(status == Status.AGREED, "exchange.deal.notAgreed");
				require(bySupplier, "exchange.deal.supplierOnly");
				require(!crossProvince || (approvalRef != null && !approvalRef.isBlank()), "exchange.deal.approvalRequired");
				yield Status.DELIVERING;
			}
			case COMPLETE -> {
				require(status == Status.DELIVERING, "exchange.deal.notDelivering");
				require(!bySupplier, "exchange.deal.receiverOnly");
				require(!shipments.isEmpty(), "exchange.deal.noShipments");
				yield Status.COMPLETED;
			}
			case CANCEL -> {
				require(status == Status.PROPOSED || status == Status.AGREED
						|| (status == Status.DELIVERING && shipments.isEmpty()), "exchange.deal.notCancellable");
				yield Status.CANCELLED;
			}
		};
	}

	/**
	 * Whether the supplier may record this shipment: what the shipment lacks is a problem of its fields (400), what
	 * the deal's state forbids a refusal (409).
	 */
	void checkShipment(String party, double amount, String manifestNo) {
		if (!(amount > 0)) {
			throw RuleViolation.onField("quantity", "exchange.shipment.quantity", id);
		}
		if (hazardous && (manifestNo == null || manifestNo.isBlank())) {
			throw RuleViolation.onField("manifestNo", "exchange.shipment.manifestRequired", id);
		}
		require(status == Status.DELIVERING, "exchange.deal.notDelivering");
		require(party.equals(supplier), "exchange.deal.supplierOnly");
		require(shipped() + amount <= quantity * (1 + 1e-9), "exchange.shipment.overQuantity");
	}

	private void require(boolean ok, String reason) {
		if (!ok) {
			throw new Refused(reason, null, id);
		}
	}
}
