package org.parkloop.exchange.market;

import org.parkloop.registry.EnterpriseCodeCorrected;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The exchange's licences, listings and deals follow an enterprise whose credit code was corrected. */
@Component
class CodeCorrectionsOfTheExchange {

	private final JdbcClient jdbc;

	CodeCorrectionsOfTheExchange(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EnterpriseCodeCorrected corrected) {
		for (String sql : new String[] { "update exchange_licence set holder = :to where holder = :from",
				"update exchange_listing set enterprise = :to where enterprise = :from",
				"update exchange_deal set supplier = :to where supplier = :from",
				"update exchange_deal set receiver = :to where receiver = :from",
				"update exchange_deal set proposed_by = :to where proposed_by = :from" }) {
			jdbc.sql(sql).param("from", corrected.from()).param("to", corrected.to()).update();
		}
	}
}
