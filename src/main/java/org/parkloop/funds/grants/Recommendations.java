package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.transformation.KeyProjects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R19: the city recommends the key projects listed in a park's plan in force first for provincial and central
 * programmes, and records the outcome there with the amount granted (money outside the city's budget: recorded, not
 * booked in its ledger). A project is recommended once per programme.
 */
@Service
@Transactional
class Recommendations {

	enum Outcome {
		PENDING, GRANTED, DECLINED
	}

	record Recommendation(long id, long programmeId, String parkCode, long projectId, String projectName,
			LocalDate recommendedOn, String note, Outcome outcome, BigDecimal granted, LocalDate outcomeOn) {
	}

	record Command(@Min(1) @Max(Long.MAX_VALUE) Long programmeId, @Size(max = 64) String parkCode,
			@Min(1) @Max(Long.MAX_VALUE) Long projectId, LocalDate date, @Size(max = 1000) String note) {
	}

	record OutcomeCommand(@Size(max = 10) String outcome, @DecimalMax("1e15") BigDecimal amount, LocalDate date) {
	}

	private final JdbcClient jdbc;
	private final Programmes programmes;
	private final KeyProjects projects;
	private final ParkAccess access;
	private final org.parkloop.registry.ParkCatalog parks;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Recommendations(JdbcClient jdbc, Programmes programmes, KeyProjects projects, ParkAccess access,
			org.parkloop.registry.ParkCatalog parks, CurrentCaller callers, Audit audit, Clock clock) {
		this.parks = parks;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.projects = projects;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Recommendation recommend(Command c) {
		access.checkCity();
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		for (var f : List.of(new Object[] { "programmeId", c.programmeId() }, new Object[] { "parkCode", c.parkCode() },
				new Object[] { "projectId", c.projectId() })) {
			if (f[1] == null) {
				problems.add(new FieldProblem((String) f[0], "validation.required"));
			}
		}
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "funds.date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Programmes.Programme programme = programmes.get(c.programmeId());
		access.checkRead(c.parkCode());
		List<Refused.Reason> reasons = new ArrayList<>();
		if (programme.level() == Programmes.Level.CITY) {
			reasons.add(Refused.Reason.of("funds.recommendLevel", "R19", programme.name()));
		}
		KeyProjects.Project project = projects.inForce(c.parkCode(), c.date())
			.flatMap(p -> p.projects().stream().filter(x -> x.id() == c.projectId()).findFirst()).orElse(null);
		if (project == null) {
			reasons.add(Refused.Reason.about("LISTED", "R19", "funds.recommendListed", c.projectId(), c.date()));
		}
		if (!reasons.isEmpty()) {
			throw new Refused("projectId", reasons);
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into fund_recommendation (programme_id, park_code, project_id, project_name, recommended_on, note,
					    recommended_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(programme.id(), c.parkCode(), project.id(), project.name(), c.date(), c.note(),
						callers.get().username())
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("projectId", List.of(Refused.Reason.of("funds.recommended", "R19", project.name())));
		}
		audit.record("CREATE", "fund_recommendation", String.valueOf(id), project.name() + " → " + programme.name());
		return get(id);
	}

	Recommendation outcome(long id, OutcomeCommand c) {
		access.checkCity();
		Recommendation r = get(id);
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Outcome outcome = Inputs.constant(Outcome.class, c.outcome(), "outcome", "funds.recommendOutcome", problems);
		if (outcome == Outcome.PENDING) {
			problems.add(new FieldProblem("outcome", "funds.recommendOutcome"));
		}
		if (outcome == Outcome.GRANTED && !Money.positive(c.amount())) {
			problems.add(new FieldProblem("amount", "funds.amount"));
		}
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock)) || c.date().isBefore(r.recommendedOn())) {
			problems.add(new FieldProblem("date", "funds.decisionDate", r.recommendedOn()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (jdbc.sql("""
				update fund_recommendation set outcome = ?, granted = ?, outcome_on = ? where id = ? and outcome = 'PENDING'""")
			.params(outcome.name(), outcome == Outcome.GRANTED ? c.amount() : null, c.date(), id).update() == 0) {
			throw new Refused("outcome", List.of(Refused.Reason.of("funds.decided", "R19", r.outcome())));
		}
		audit.record("DECIDE", "fund_recommendation", String.valueOf(id), outcome + (outcome == Outcome.GRANTED
				? " " + c.amount().toPlainString() : ""));
		return get(id);
	}

	@Transactional(readOnly = true)
	List<Recommendation> list(String parkCode) {
		List<Recommendation> all = select(" where cast(? as varchar) is null or park_code = ? order by id", parkCode, parkCode);
		if (parkCode != null) {
			access.checkReadAsOffice(parkCode);
		}
		return all.stream().filter(r -> parks.find(r.parkCode()).filter(access::canReadAsOffice).isPresent()).toList();
	}

	@Transactional(readOnly = true)
	Recommendation get(long id) {
		Recommendation r = select(" where id = ?", id).stream().findFirst()
			.orElseThrow(() -> new NotFound("funds.recommendationNotFound", id));
		access.checkReadAsOffice(r.parkCode());
		return r;
	}

	private List<Recommendation> select(String where, Object... params) {
		return jdbc.sql("""
				select id, programme_id, park_code, project_id, project_name, recommended_on, note, outcome, granted, outcome_on
				from fund_recommendation""" + where).params(params)
			.query((rs, n) -> new Recommendation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), Outcome.valueOf(rs.getString(8)),
					rs.getBigDecimal(9), rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate()))
			.list();
	}
}
