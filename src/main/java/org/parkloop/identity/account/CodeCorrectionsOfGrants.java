package org.parkloop.identity.account;

import org.parkloop.registry.EnterpriseCodeCorrected;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An enterprise's users keep their access when its credit code is corrected: their grants (and the registration
 * that made them) name the new code. A user signed in at that moment sees the change at the next sign-in.
 */
@Component
class CodeCorrectionsOfGrants {

	private final JdbcClient jdbc;

	CodeCorrectionsOfGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EnterpriseCodeCorrected corrected) {
		jdbc.sql("update user_grant set scope = :to where role = 'ENTERPRISE' and scope = :from")
			.param("from", corrected.from()).param("to", corrected.to()).update();
		jdbc.sql("update enterprise_registration set credit_code = :to where credit_code = :from and status <> 'PENDING'")
			.param("from", corrected.from()).param("to", corrected.to()).update();
	}
}
