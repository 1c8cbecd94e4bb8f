package org.parkloop.registry.enterprise;

import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Audit;
import org.parkloop.registry.EnterpriseCodeCorrected;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored credit codes that fail today's checks (GB 32100's structure and GB 11714's inner check came after some
 * were stored): listed for the park or the city to correct, never deleted. A correction moves the record to the
 * right code everywhere at once (see {@link EnterpriseCodeCorrected}).
 */
@Service
@Transactional(readOnly = true)
class CreditCodeCorrections {

	/** An enterprise whose stored code fails a check, and why. */
	record Wrong(String creditCode, String name, String parkCode, CreditCode.Problem problem, String messageKey,
			long version) {
	}

	private final EnterpriseRepository enterprises;
	private final EnterpriseService service;
	private final EnterpriseScope scope;
	private final ApplicationEventPublisher events;
	private final Audit audit;

	CreditCodeCorrections(EnterpriseRepository enterprises, EnterpriseService service, EnterpriseScope scope,
			ApplicationEventPublisher events, Audit audit) {
		this.enterprises = enterprises;
		this.service = service;
		this.scope = scope;
		this.events = events;
		this.audit = audit;
	}

	/** The stored codes that fail, among the enterprises the caller may see. */
	List<Wrong> wrong() {
		return service.find(EnterpriseRepository.Query.all(null)).stream()
			.filter(e -> CreditCode.check(e.creditCode()) != null)
			.map(e -> {
				CreditCode.Problem p = CreditCode.check(e.creditCode());
				return new Wrong(e.creditCode(), e.name(), e.parkCode(), p, p.messageKey(), e.version());
			})
			.toList();
	}

	/** CITY, or the PARK user of the enterprise's park: the new code must pass every check and be free. */
	@Transactional
	Enterprise correct(String creditCode, String newCode, ExpectedVersion expected) {
		Enterprise before = service.get(creditCode);
		if (!scope.canManageIn(before.parkCode())) {
			throw new Forbidden("access.enterpriseUpdate", before.creditCode());
		}
		String to = newCode == null ? null : newCode.trim().toUpperCase(Locale.ROOT);
		CreditCode.Problem problem = CreditCode.check(to);
		if (problem != null) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", problem.messageKey(), newCode)));
		}
		if (to.equals(before.creditCode()) || enterprises.exists(to)) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", "enterprise.exists", to)));
		}
		enterprises.claim(before.creditCode(), expected);
		enterprises.copy(before.creditCode(), to);
		events.publishEvent(new EnterpriseCodeCorrected(before.creditCode(), to));
		enterprises.delete(before.creditCode());
		audit.record("CORRECT_CODE", "enterprise", to, before.creditCode() + " → " + to);
		return service.get(to);
	}
}
