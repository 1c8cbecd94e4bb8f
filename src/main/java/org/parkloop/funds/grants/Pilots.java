package org.parkloop.funds.grants;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkStandingProvider;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pilot enterprises (试点企业, R19): a dated designation CITY records on an enterprise whose park holds a
 * provincial-or-higher demonstration designation that day; revoked on a date.
 */
@Service
@Transactional
class Pilots {

	record Pilot(String creditCode, String parkCode, LocalDate designatedOn, String documentNumber, LocalDate revokedOn) {
	}

	record Command(LocalDate date, @Size(max = 100) String documentNumber) {
	}

	private final JdbcClient jdbc;
	private final EnterpriseRegistry enterprises;
	private final ParkStandingProvider standings;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Pilots(JdbcClient jdbc, EnterpriseRegistry enterprises, ParkStandingProvider standings, ParkAccess access,
			CurrentCaller callers, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.standings = standings;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Pilot designate(String creditCode, Command c) {
		access.checkCity();
		Inputs.check(c);
		if (creditCode == null || creditCode.isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", "validation.required")));
		}
		EnterpriseRegistry.Profile e = enterprises.profile(creditCode).orElseThrow(() -> new NotFound("enterprise.notFound", creditCode));
		if (c == null || c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			throw new InvalidInput(List.of(new FieldProblem("date", "funds.date")));
		}
		var standing = standings.standingsAsOf(c.date()).get(e.parkCode());
		if (standing == null || !Set.of("PROVINCIAL_DEMO", "NATIONAL_DEMO").contains(standing.designation().name())) {
			throw new Refused("date", List.of(Refused.Reason.of("funds.pilotPark", "R19", e.parkCode(), c.date())));
		}
		jdbc.sql("""
				insert into fund_pilot (credit_code, park_code, designated_on, document_number, designated_by)
				values (?, ?, ?, ?, ?) on conflict (credit_code) do update set designated_on = excluded.designated_on,
				    document_number = excluded.document_number, revoked_on = null, designated_by = excluded.designated_by""")
			.params(e.creditCode(), e.parkCode(), c.date(), c.documentNumber(), callers.get().username()).update();
		audit.record("CREATE", "fund_pilot", e.creditCode(), c.date() + " " + c.documentNumber());
		return find(e.creditCode()).orElseThrow();
	}

	Pilot revoke(String creditCode, Command c) {
		access.checkCity();
		Inputs.check(c);
		Pilot p = find(creditCode).orElseThrow(() -> new NotFound("funds.pilotNotFound", creditCode));
		if (c == null || c.date() == null || c.date().isAfter(LocalDate.now(clock)) || !c.date().isAfter(p.designatedOn())) {
			throw new InvalidInput(List.of(new FieldProblem("date", "funds.revokeDate", p.designatedOn())));
		}
		jdbc.sql("update fund_pilot set revoked_on = ? where credit_code = ?").params(c.date(), p.creditCode()).update();
		audit.record("REVOKE", "fund_pilot", p.creditCode(), c.date().toString());
		return find(p.creditCode()).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<Pilot> find(String creditCode) {
		return jdbc.sql("select credit_code, park_code, designated_on, document_number, revoked_on from fund_pilot where credit_code = ?")
			.param(creditCode).query(Pilots::row).optional();
	}

	/** The pilots of the parks the caller reads as an office. */
	@Transactional(readOnly = true)
	List<Pilot> all() {
		return jdbc.sql("select credit_code, park_code, designated_on, document_number, revoked_on from fund_pilot order by 1")
			.query(Pilots::row).list().stream()
			.filter(p -> callers.get().has(org.parkloop.shared.Role.CITY) || callers.get().scopes(org.parkloop.shared.Role.PARK)
				.contains(p.parkCode()))
			.toList();
	}

	private static Pilot row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Pilot(rs.getString(1).strip(), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
				rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate());
	}
}
