package org.parkloop.registry.enterprise;

import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Audit;
import org.parkloop.platform.ViewCache;
import org.parkloop.registry.EnterpriseCodeCorrected;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
	record Wrong(Enterprise enterprise, CreditCode.Problem problem) {
	}

	private final EnterpriseRepository enterprises;
	private final EnterpriseService service;
	private final EnterpriseScope scope;
	private final ApplicationEventPublisher events;
	private final Audit audit;
	/** Every enterprise's wrong code, scanned once per change of the registry rather than on each list view. */
	private final ViewCache<String, List<Wrong>> allWrong;

	CreditCodeCorrections(EnterpriseRepository enterprises, EnterpriseService service, EnterpriseScope scope,
			ApplicationEventPublisher events, Audit audit, JdbcClient jdbc) {
		this.enterprises = enterprises;
		this.service = service;
		this.scope = scope;
		this.events = events;
		this.audit = audit;
		this.allWrong = new ViewCache<>(jdbc, 1, "registry");
	}

	/** The stored codes that fail, among the enterprises the caller may see. */
	List<Wrong> wrong() {
		return allWrong.get("all", () -> enterprises.find(EnterpriseRepository.Query.all(null)).stream()
			.flatMap(e -> java.util.Optional.ofNullable(CreditCode.check(e.creditCode())).map(p -> new Wrong(e, p)).stream())
			.toList())
			.stream()
			.filter(w -> scope.canRead(w.enterprise()))
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
