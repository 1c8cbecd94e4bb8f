package org.parkloop.registry.consultancy;

import java.util.List;
import java.util.Optional;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ConsultancyMembership;
import org.parkloop.registry.ExpertDirectory;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CONSULTANT users of a consultancy, linked by CITY: they may draft the plan of a park that engaged it (R14). A
 * user works for one consultancy at a time; linking it to another moves it.
 */
@Service
@Transactional
class ConsultancyMembers implements ConsultancyMembership {

	record Member(String username, String consultancyCreditCode) {
	}

	private final JdbcClient jdbc;
	private final Consultancies consultancies;
	private final ExpertDirectory users;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;

	ConsultancyMembers(JdbcClient jdbc, Consultancies consultancies, ExpertDirectory users, ParkAccess access,
			CurrentCaller callers, Audit audit) {
		this.jdbc = jdbc;
		this.consultancies = consultancies;
		this.users = users;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> consultancyOf(String username) {
		return jdbc.sql("select consultancy_credit_code from consultancy_member where username = ?").param(username)
			.query(String.class).optional().map(String::strip);
	}

	@Transactional(readOnly = true)
	List<Member> of(String creditCode) {
		access.checkCity();
		consultancies.get(creditCode);
		return jdbc.sql("select username, consultancy_credit_code from consultancy_member where consultancy_credit_code = ? order by username")
			.param(creditCode).query((rs, n) -> new Member(rs.getString(1), rs.getString(2).strip())).list();
	}

	Member link(String creditCode, String username) {
		access.checkCity();
		consultancies.get(creditCode);
		if (username == null || username.length() > 64 || !users.isConsultant(username)) {
			throw new InvalidInput(List.of(new FieldProblem("username", "consultancy.memberNotConsultant", username)));
		}
		jdbc.sql("""
				insert into consultancy_member (username, consultancy_credit_code, linked_by) values (?, ?, ?)
				on conflict (username) do update set consultancy_credit_code = excluded.consultancy_credit_code,
				    linked_by = excluded.linked_by, linked_at = now()""")
			.params(username, creditCode, callers.get().username()).update();
		audit.record("LINK", "consultancy", creditCode, username);
		return new Member(username, creditCode);
	}

	void unlink(String creditCode, String username) {
		access.checkCity();
		if (jdbc.sql("delete from consultancy_member where consultancy_credit_code = ? and username = ?")
			.params(creditCode, username).update() == 0) {
			throw new NotFound("consultancy.memberNotFound", username);
		}
		audit.record("UNLINK", "consultancy", creditCode, username);
	}
}
