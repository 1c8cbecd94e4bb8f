package org.parkloop.transformation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultancy a park engages to compile its plan (R14): chosen by the park's office (or CITY); the users of that
 * consultancy may then draft the park's plan. A park engages one consultancy at a time; engaging another replaces it.
 */
@Service
@Transactional
public class Engagements {

	public record Engage(@Size(max = 64) String creditCode, LocalDate date) {
	}

	public record Engagement(String parkCode, String consultancyCreditCode, String consultancyName, LocalDate engagedOn) {
	}

	private final JdbcClient jdbc;
	private final ParkAccess access;
	private final ConsultancyRegistry consultancies;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Engagements(JdbcClient jdbc, ParkAccess access, ConsultancyRegistry consultancies, CurrentCaller callers,
			Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.consultancies = consultancies;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<String> engagedBy(String parkCode) {
		return jdbc.sql("select consultancy_credit_code from park_engagement where park_code = ?").param(parkCode)
			.query(String.class).optional().map(String::strip);
	}

	@Transactional(readOnly = true)
	public Optional<Engagement> of(String parkCode) {
		ParkView park = access.checkRead(parkCode);
		return jdbc.sql("select consultancy_credit_code, engaged_on from park_engagement where park_code = ?")
			.param(park.code())
			.query((rs, n) -> {
				String code = rs.getString(1).strip();
				return new Engagement(park.code(), code, consultancies.find(code).map(c -> c.name()).orElse(null),
						rs.getDate(2).toLocalDate());
			})
			.optional();
	}

	public Engagement engage(String parkCode, Engage c) {
		ParkView park = access.checkRead(parkCode);
		if (!callers.get().has(Role.CITY) && !callers.get().scopes(Role.PARK).contains(park.code())) {
			throw new Forbidden("access.plan.engage", park.code());
		}
		Inputs.check(c);
		String code = c.creditCode() == null ? null : c.creditCode().strip();
		LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
		if (code == null || consultancies.find(code).isEmpty()) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", "plan.consultancyUnknown", c.creditCode())));
		}
		if (date.isAfter(LocalDate.now(clock))) {
			throw new InvalidInput(List.of(new FieldProblem("date", "transition.future", date)));
		}
		jdbc.sql("""
				insert into park_engagement (park_code, consultancy_credit_code, engaged_on, engaged_by) values (?, ?, ?, ?)
				on conflict (park_code) do update set consultancy_credit_code = excluded.consultancy_credit_code,
				    engaged_on = excluded.engaged_on, engaged_by = excluded.engaged_by,
				    version = park_engagement.version + 1""")
			.params(park.code(), code, date, callers.get().username()).update();
		audit.record("ENGAGE", "park", park.code(), code + " " + date);
		return of(park.code()).orElseThrow();
	}
}
