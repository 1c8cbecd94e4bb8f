package org.parkloop.energy.map;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.parkloop.exchange.DealCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The exchange's completed deals as flows for the map: supplier, receiver, material and the total delivered. Kept
 * from the durable {@link DealCompleted} after the deal's commit (an upsert: handled twice, stored once).
 */
@Component
class ExchangeFlows {

	record Flow(long dealId, String supplier, String supplierPark, String receiver, String receiverPark,
			String material, String unit, BigDecimal quantity) {
	}

	private final JdbcClient jdbc;

	ExchangeFlows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(DealCompleted deal) {
		jdbc.sql("""
				insert into energy_exchange_flow (deal_id, supplier, supplier_park, receiver, receiver_park, material_name,
				    unit, quantity, completed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (deal_id) do update set quantity = excluded.quantity""")
			.params(deal.dealId(), deal.supplier().creditCode(), deal.supplier().parkCode(), deal.receiver().creditCode(),
					deal.receiver().parkCode(), deal.materialName(), deal.unit().code(), deal.total().value(),
					Timestamp.from(deal.completedAt()))
			.update();
	}

	/** Flows name enterprises by their code: they follow a correction of it. */
	@EventListener
	void on(org.parkloop.registry.EnterpriseCodeCorrected corrected) {
		jdbc.sql("update energy_exchange_flow set supplier = :to where supplier = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
		jdbc.sql("update energy_exchange_flow set receiver = :to where receiver = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
	}

	/** The flows with either end in one of the parks. */
	List<Flow> touching(Collection<String> parks) {
		if (parks.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select deal_id, supplier, supplier_park, receiver, receiver_park, material_name, unit, quantity
				from energy_exchange_flow where supplier_park in (:parks) or receiver_park in (:parks) order by deal_id""")
			.param("parks", parks)
			.query((rs, n) -> new Flow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getBigDecimal(8)))
			.list();
	}
}
