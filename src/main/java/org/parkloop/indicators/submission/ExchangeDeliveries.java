package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.parkloop.exchange.DealCompleted;
import org.parkloop.shared.Dimension;
import org.parkloop.shared.Unit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps, per supplier and year, the tonnes of waste it delivered for utilisation through the exchange's completed
 * deals: the plausibility check of the utilisation it reports (never added to it). Handled after the deal's commit
 * through the event publication registry, idempotently (an upsert per deal and year). Materials not weighed in
 * tonnes (heat, water, gas) are not waste delivered for utilisation and are skipped.
 */
@Component("indicatorsExchangeDeliveries")
class ExchangeDeliveries {

	private final JdbcClient jdbc;

	ExchangeDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(DealCompleted deal) {
		if (deal.unit().dimension() != Dimension.MASS) {
			return;
		}
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		deal.deliveries().forEach(d -> byYear.merge(d.shippedOn().getYear(), d.quantity().in(Unit.TONNE).value(),
				BigDecimal::add));
		byYear.forEach((year, tonnes) -> jdbc.sql("""
				insert into ind_delivery (deal_id, year, supplier, hazardous, tonnes) values (?, ?, ?, ?, ?)
				on conflict (deal_id, year) do update set tonnes = excluded.tonnes""")
			.params(deal.dealId(), year, deal.supplier().creditCode(), deal.hazardous(), tonnes)
			.update());
	}

	/** Submissions and deliveries name an enterprise by its code: they follow a correction of it. */
	@EventListener
	void on(org.parkloop.registry.EnterpriseCodeCorrected corrected) {
		jdbc.sql("update ind_delivery set supplier = :to where supplier = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
		jdbc.sql("update ind_submission set credit_code = :to where credit_code = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
	}
}
