package org.parkloop.registry.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ExpertDirectory;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.CreditCode;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' profiles (R15), kept by CITY by user name: the organisation the expert works for (its credit code) or
 * the park, and the speciality. A plan's review refuses an expert of the compiling consultancy or of the park itself
 * from these.
 */
@Service
@Transactional
public class ExpertProfiles implements org.parkloop.registry.ExpertProfileLookup {

	/** An expert's profile; {@code version} counts its changes. */
	public record Profile(String username, String affiliationCreditCode, String affiliationParkCode, String speciality,
			long version) implements org.parkloop.shared.Versioned {
	}

	/** What CITY sends. */
	record Command(@Size(max = 64) String affiliationCreditCode, @Size(max = 64) String affiliationParkCode,
			@Size(max = 200) String speciality, @Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	private final JdbcClient jdbc;
	private final ParkAccess access;
	private final ParkCatalog parks;
	private final ExpertDirectory experts;
	private final Audit audit;
	private final org.parkloop.platform.RowVersions versions;

	ExpertProfiles(JdbcClient jdbc, ParkAccess access, ParkCatalog parks, ExpertDirectory experts, Audit audit) {
		this.versions = new org.parkloop.platform.RowVersions(jdbc, "expert_profile", "username");
		this.jdbc = jdbc;
		this.access = access;
		this.parks = parks;
		this.experts = experts;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<Profile> find(String username) {
		return jdbc.sql("""
				select username, affiliation_credit_code, affiliation_park_code, speciality, version from expert_profile
				where username = ?""").param(username).query(ExpertProfiles::row).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Affiliation> affiliation(String username) {
		return find(username).map(p -> new Affiliation(p.affiliationCreditCode(), p.affiliationParkCode()));
	}

	@Transactional(readOnly = true)
	List<Profile> all() {
		access.checkCity();
		return jdbc.sql("""
				select username, affiliation_credit_code, affiliation_park_code, speciality, version from expert_profile
				order by username""").query(ExpertProfiles::row).list();
	}

	/** Sets an EXPERT user's profile: a new one, or a change naming the version read. */
	Profile put(String username, Command c, ExpectedVersion expected) {
		access.checkCity();
		if (!experts.isExpert(username)) {
			throw new NotFound("expert.notFound", username);
		}
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(c));
		String code = blank(c.affiliationCreditCode()) == null ? null : c.affiliationCreditCode().strip().toUpperCase(java.util.Locale.ROOT);
		String park = blank(c.affiliationParkCode());
		if (problems.isEmpty() && code != null && CreditCode.check(code) != null) {
			problems.add(new FieldProblem("affiliationCreditCode", CreditCode.check(code).messageKey(), code));
		}
		if (problems.isEmpty() && park != null && parks.find(park).isEmpty()) {
			problems.add(new FieldProblem("affiliationParkCode", "park.notFound", park));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Optional<Profile> now = find(username);
		if (now.isPresent()) {
			versions.claim(username, expected, () -> new NotFound("expert.notFound", username));
		}
		jdbc.sql("""
				insert into expert_profile (username, affiliation_credit_code, affiliation_park_code, speciality)
				values (?, ?, ?, ?)
				on conflict (username) do update set affiliation_credit_code = excluded.affiliation_credit_code,
				    affiliation_park_code = excluded.affiliation_park_code, speciality = excluded.speciality""")
			.params(username, code, park, blank(c.speciality()))
			.update();
		audit.record(now.isPresent() ? "UPDATE" : "CREATE", "expert_profile", username,
				"affiliationCreditCode=" + code + " affiliationParkCode=" + park + " speciality=" + blank(c.speciality()));
		return find(username).orElseThrow();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Profile row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Profile(rs.getString(1), rs.getString(2) == null ? null : rs.getString(2).strip(), rs.getString(3),
				rs.getString(4), rs.getLong(5));
	}
}
