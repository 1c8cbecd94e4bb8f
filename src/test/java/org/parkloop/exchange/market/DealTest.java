package org.parkloop.exchange.market;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parkloop.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deal's transition table, party by party. */
class DealTest {

	private static Deal deal(Deal.Status status, String proposedBy, boolean crossProvince, String approval,
			List<Deal.Shipment> shipments) {
		return new Deal(7, 1, 2, "S", "supplier", "p1", "R", "receiver", "p2", "SW06", 100, 20.0, 12, false, null,
				crossProvince, approval, status, proposedBy, null, null, null, null, null, shipments, true, 0);
	}

	private static final List<Deal.Shipment> ONE = List.of(new Deal.Shipment(1, LocalDate.of(2026, 5, 1), 40, null, null, "u"));

	@Test
	void eachStepBelongsToOneParty() {
		assertThat(deal(Deal.Status.PROPOSED, "R", false, null, List.of()).after(Deal.Action.AGREE, "S"))
			.isEqualTo(Deal.Status.AGREED);
		assertThatThrownBy(() -> deal(Deal.Status.PROPOSED, "R", false, null, List.of()).after(Deal.Action.AGREE, "R"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("agreeOwn");
		assertThatThrownBy(() -> deal(Deal.Status.AGREED, "R", false, null, List.of()).after(Deal.Action.DELIVER, "R"))
			.hasMessageContaining("supplierOnly");
		assertThatThrownBy(() -> deal(Deal.Status.AGREED, "R", true, null, List.of()).after(Deal.Action.DELIVER, "S"))
			.hasMessageContaining("approvalRequired");
		assertThat(deal(Deal.Status.AGREED, "R", true, "批复", List.of()).after(Deal.Action.DELIVER, "S"))
			.isEqualTo(Deal.Status.DELIVERING);
		assertThatThrownBy(() -> deal(Deal.Status.DELIVERING, "R", false, null, List.of()).after(Deal.Action.COMPLETE, "R"))
			.hasMessageContaining("noShipments");
		assertThat(deal(Deal.Status.DELIVERING, "R", false, null, ONE).after(Deal.Action.COMPLETE, "R"))
			.isEqualTo(Deal.Status.COMPLETED);
		assertThatThrownBy(() -> deal(Deal.Status.DELIVERING, "R", false, null, ONE).after(Deal.Action.CANCEL, "S"))
			.hasMessageContaining("notCancellable");
		assertThatThrownBy(() -> deal(Deal.Status.COMPLETED, "R", false, null, ONE).after(Deal.Action.CANCEL, "R"))
			.hasMessageContaining("notCancellable");
	}

	@Test
	void aDealWaitsForThePartyWhoseTurnItIs() {
		assertThat(deal(Deal.Status.PROPOSED, "R", false, null, List.of()).awaits("S")).isTrue();
		assertThat(deal(Deal.Status.PROPOSED, "R", false, null, List.of()).awaits("R")).isFalse();
		assertThat(deal(Deal.Status.AGREED, "R", false, null, List.of()).awaits("S")).isTrue();
		assertThat(deal(Deal.Status.DELIVERING, "R", false, null, List.of()).awaits("S")).isTrue();
		assertThat(deal(Deal.Status.DELIVERING, "R", false, null, ONE).awaits("R")).isTrue();
		assertThat(deal(Deal.Status.COMPLETED, "R", false, null, ONE).awaits("R")).isFalse();
		assertThat(deal(Deal.Status.PROPOSED, "R", false, null, List.of()).awaits("X")).isFalse();
	}
}
