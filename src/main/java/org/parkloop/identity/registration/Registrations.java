package org.parkloop.identity.registration;

import org.parkloop.platform.Inputs;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parkloop.identity.account.PasswordPolicy;
import org.parkloop.identity.account.UserAccounts;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.Grant;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.parkloop.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises register themselves; a PARK user of the chosen park (or CITY) approves or rejects. Approval registers
 * the enterprise and opens its account, an ENTERPRISE user scoped to its credit code, with the password it chose.
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

	/** What an enterprise sends to register. */
	public record Application(@Size(max = 64) String creditCode, @Size(max = 200) String name,
			@Size(max = 64) String parkCode, @Size(max = 10) String industryCode, @Size(max = 20) String size,
			@Size(max = 100) String contactName, @Size(max = 40) String contactPhone, @Size(max = 64) String username,
			@Size(max = 200) String password) {
	}

	public record Registration(long id, String creditCode, String name, String parkCode, String industryCode,
			String size, String contactName, String contactPhone, String username, String status, Instant submittedAt,
			String decidedBy, Instant decidedAt, String decisionNote) {
	}

	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Audit audit;

	Registrations(JdbcClient jdbc, UserAccounts accounts, PasswordPolicy policy, PasswordEncoder encoder,
			EnterpriseRegistry enterprises, ParkCatalog parks, CurrentCaller callers, Audit audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.enterprises = enterprises;
		this.parks = parks;
		this.callers = callers;
		this.audit = audit;
	}

	@Transactional
	public Registration submit(Application a) {
		String code = a.creditCode() == null ? null : a.creditCode().trim().toUpperCase(Locale.ROOT);
		String username = a.username() == null ? null : a.username().trim();
		var enterprise = new EnterpriseRegistry.NewEnterprise(code, a.name(), a.parkCode(), a.industryCode(), a.size());
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(a));
		problems.addAll(enterprises.problems(enterprise));
		if (CreditCode.check(code) == null && pendingFor("credit_code", code)) {
			problems.add(new FieldProblem("creditCode", "registration.pending", code));
		}
		if (blank(a.contactName())) {
			problems.add(new FieldProblem("contactName", "validation.required"));
		}
		if (blank(a.contactPhone()) || !a.contactPhone().trim().matches("[0-9+\\- ()]{5,40}")) {
			problems.add(new FieldProblem("contactPhone", "registration.phone", a.contactPhone() == null ? "" : a.contactPhone()));
		}
		if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			problems.add(new FieldProblem("username", "user.username.pattern", username == null ? "" : username));
		}
		else if (accounts.exists(username) || pendingFor("username", username)) {
			problems.add(new FieldProblem("username", "user.username.exists", username));
		}
		problems.addAll(policy.check(a.password(), username, "password"));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id = jdbc.sql("""
				insert into enterprise_registration (credit_code, name, park_code, industry_code, size, contact_name,
				       contact_phone, username, password_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, a.name().trim(), a.parkCode().trim(), a.industryCode().trim(), a.size().trim(),
					a.contactName().trim(), a.contactPhone().trim(), username, encoder.encode(a.password()))
			.query(Long.class)
			.single();
		audit.recordAs(username, "REGISTER", "registration", Long.toString(id), code + " " + a.name().trim() + " @ " + a.parkCode());
		return get(id);
	}

	/** The pending registrations the caller decides on: CITY all, a PARK user those of its park. */
	public List<Registration> pending() {
		Caller c = callers.get();
		if (!c.has(Role.CITY) && !c.has(Role.PARK)) {
			throw new Forbidden("access.registrations");
		}
		return all("where status = 'PENDING' order by id").stream().filter(r -> decides(c, r)).toList();
	}

	@Transactional
	public Registration approve(long id, String note) {
		Inputs.text("note", note, 2000);
		Registration r = decidable(id);
		enterprises.register(new EnterpriseRegistry.NewEnterprise(r.creditCode(), r.name(), r.parkCode(),
				r.industryCode(), r.size()));
		String hash = jdbc.sql("select password_hash from enterprise_registration where id = ?").param(id)
			.query(String.class).single();
		if (accounts.exists(r.username())) {
			throw new org.parkloop.shared.Refused("user.username.exists", null, r.username());
		}
		accounts.create(r.username(), r.contactName(), hash, Set.of(new Grant(Role.ENTERPRISE, r.creditCode())));
		decide(id, "APPROVED", note);
		audit.record("APPROVE", "registration", Long.toString(id), r.creditCode() + " → " + r.username());
		return get(id);
	}

	@Transactional
	public Registration reject(long id, String note) {
		Inputs.text("note", note, 2000);
		Registration r = decidable(id);
		decide(id, "REJECTED", note);
		audit.record("REJECT", "registration", Long.toString(id), r.creditCode() + (note == null ? "" : ": " + note));
		return get(id);
	}

	private Registration decidable(long id) {
		Registration r = all("where id = " + id).stream().findFirst()
			.orElseThrow(() -> new NotFound("registration.notFound", id));
		Caller c = callers.get();
		if (!decides(c, r)) {
			throw new Forbidden("access.registration", r.parkCode());
		}
		if (!r.status().equals("PENDING")) {
			throw new org.parkloop.shared.Refused("registration.decided", null, id);
		}
		return r;
	}

	private boolean decides(Caller c, Registration r) {
		if (c.has(Role.CITY)) {
			return true;
		}
		Set<String> own = c.scopes(Role.PARK);
		return own.contains(r.parkCode())
				|| parks.find(r.parkCode()).map(ParkView::mergedInto).filter(own::contains).isPresent();
	}

	private void decide(long id, String status, String note) {
		jdbc.sql("update enterprise_registration set status = ?, decided_by = ?, decided_at = now(), decision_note = ? where id = ?")
			.params(status, callers.get().username(), blank(note) ? null : note.trim(), id)
			.update();
	}

	private Registration get(long id) {
		return all("where id = " + id).get(0);
	}

	private boolean pendingFor(String column, String value) {
		return jdbc.sql("select count(*) from enterprise_registration where status = 'PENDING' and " + column + " = ?")
			.param(value).query(Integer.class).single() > 0;
	}

	private List<Registration> all(String where) {
		return jdbc.sql("""
				select id, credit_code, name, park_code, industry_code, size, contact_name, contact_phone, username, status,
				       submitted_at, decided_by, decided_at, decision_note from enterprise_registration
				""" + where)
			.query((rs, n) -> new Registration(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
					rs.getTimestamp(11).toInstant(), rs.getString(12),
					rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), rs.getString(14)))
			.list();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
