package org.parkloop.transformation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ExpertDirectory;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's review of a submitted plan (R15, the ordinary route): CITY assigns at least three experts, none of the
 * compiling consultancy or of the park itself; each scores it (0-100) with an opinion; once all have, CITY records the
 * group's joint opinion and approves it (date, document number) or returns it with a comment; what that does is
 * {@link PlanOutcomes}'.
 */
@Service
@Transactional
class PlanReview {

	static final int MIN_EXPERTS = 3;

	record Experts(@Size(max = 20) List<@Size(max = 64) String> experts) {
	}

	record Review(@Min(0) @Max(100) Integer score, @Size(max = 4000) String opinion) {
	}

	record Conclusion(@Size(max = 4000) String opinion) {
	}

	record Approval(LocalDate date, @Size(max = 100) String documentNumber) {
	}

	record Return(@Size(max = 2000) String comment, LocalDate date) {
	}

	private final PlanStore store;
	private final Plans plans;
	private final ParkAccess access;
	private final ExpertDirectory experts;
	private final org.parkloop.registry.ExpertProfileLookup profiles;
	private final PlanOutcomes outcomes;
	private final CurrentCaller callers;
	private final Audit audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	PlanReview(PlanStore store, Plans plans, ParkAccess access, ExpertDirectory experts,
			org.parkloop.registry.ExpertProfileLookup profiles, PlanOutcomes outcomes,
			CurrentCaller callers, Audit audit, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.access = access;
		this.experts = experts;
		this.profiles = profiles;
		this.outcomes = outcomes;
		this.callers = callers;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Plan assign(long id, Experts c) {
		access.checkCity();
		Inputs.check(c);
		Plan p = cityRoute(locked(id), Plan.Status.SUBMITTED, "plan.notSubmitted");
		List<String> names = c.experts() == null ? List.of() : c.experts().stream().map(String::strip).distinct().toList();
		if (names.size() < MIN_EXPERTS) {
			throw new InvalidInput(List.of(new FieldProblem("experts", "plan.expertsFew", MIN_EXPERTS)));
		}
		List<Refused.Reason> conflicts = new ArrayList<>();
		for (String name : names) {
			if (!experts.isExpert(name)) {
				throw new InvalidInput(List.of(new FieldProblem("experts", "expert.notFound", name)));
			}
			var profile = profiles.affiliation(name)
				.orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("experts", "plan.expertNoProfile", name))));
			if (p.consultancyCreditCode().equals(profile.creditCode())) {
				conflicts.add(Refused.Reason.of("plan.expertOfConsultancy", "R15", name));
			}
			if (p.parkCode().equals(profile.parkCode())) {
				conflicts.add(Refused.Reason.of("plan.expertOfPark", "R15", name));
			}
		}
		if (!conflicts.isEmpty()) {
			throw new Refused("experts", conflicts);
		}
		for (String name : names) {
			jdbc.sql("insert into plan_expert (plan_id, username, assigned_by) values (?, ?, ?)")
				.params(id, name, callers.get().username()).update();
		}
		store.status(p.id(), Plan.Status.UNDER_REVIEW);
		audit.record("ASSIGN", "plan", String.valueOf(id), "experts " + names);
		return plans.get(id);
	}

	Plan review(long id, Review c) {
		Inputs.check(c);
		Plan p = locked(id);
		String me = callers.get().username();
		Boolean reviewed = jdbc.sql("select reviewed_at is not null from plan_expert where plan_id = ? and username = ?")
			.params(id, me).query(Boolean.class).optional().orElseThrow(() -> new Forbidden("access.plan.assignedExperts"));
		if (p.status() != Plan.Status.UNDER_REVIEW || reviewed) {
			throw new Refused(null, List.of(Refused.Reason.of(reviewed ? "plan.reviewedAlready" : "plan.notUnderReview", "R15")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (c.score() == null) {
			problems.add(new FieldProblem("score", "validation.required"));
		}
		if (c.opinion() == null || c.opinion().isBlank()) {
			problems.add(new FieldProblem("opinion", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("update plan_expert set score = ?, opinion = ?, reviewed_at = now() where plan_id = ? and username = ?")
			.params(c.score(), c.opinion().strip(), id, me).update();
		audit.record("REVIEW", "plan", String.valueOf(id), "score " + c.score());
		return p;
	}

	Plan conclude(long id, Conclusion c) {
		access.checkCity();
		Inputs.check(c);
		Plan p = cityRoute(locked(id), Plan.Status.UNDER_REVIEW, "plan.notUnderReview");
		int pending = jdbc.sql("select count(*) from plan_expert where plan_id = ? and reviewed_at is null").param(id)
			.query(Integer.class).single();
		if (pending > 0) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.reviewsPending", "R15", pending)));
		}
		if (c.opinion() == null || c.opinion().isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("opinion", "validation.required")));
		}
		store.conclude(id, c.opinion().strip());
		audit.record("CONCLUDE", "plan", String.valueOf(id), c.opinion().strip());
		return plans.get(id);
	}

	Plan approve(long id, Approval c) {
		access.checkCity();
		Inputs.check(c);
		Plan p = cityRoute(locked(id), Plan.Status.UNDER_REVIEW, "plan.notUnderReview");
		if (p.review().conclusion() == null) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.conclusionMissing", "R15")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock)) || c.date().isBefore(p.submittedOn())) {
			problems.add(new FieldProblem("date", "plan.decisionDate", p.submittedOn()));
		}
		if (c.documentNumber() == null || c.documentNumber().isBlank()) {
			problems.add(new FieldProblem("documentNumber", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		outcomes.approve(p, "CITY", c.date(), c.documentNumber().strip(), callers.get().username());
		audit.record("APPROVE", "plan", String.valueOf(id), c.date() + " " + c.documentNumber().strip());
		return plans.get(id);
	}

	/** Returned by CITY with a comment, on the date given (today when none). */
	Plan returnPlan(long id, Return c) {
		access.checkCity();
		Inputs.check(c);
		Plan p = locked(id);
		if (p.status() != Plan.Status.SUBMITTED && p.status() != Plan.Status.UNDER_REVIEW) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.notUnderReview", "R15", p.status())));
		}
		if (p.route() != Plan.Route.CITY) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.routeProvince", "R15", p.route())));
		}
		if (c.comment() == null || c.comment().isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("comment", "validation.required")));
		}
		LocalDate date = plans.actionDate(c.date());
		if (date.isBefore(p.submittedOn())) {
			throw new InvalidInput(List.of(new FieldProblem("date", "plan.decisionDate", p.submittedOn())));
		}
		outcomes.returnPlan(p, "CITY", date, c.comment().strip(), callers.get().username());
		audit.record("RETURN", "plan", String.valueOf(id), c.comment().strip());
		return plans.get(id);
	}

	private Plan locked(long id) {
		return store.find(id, true).orElseThrow(() -> new NotFound("plan.notFound", id));
	}

	private static Plan cityRoute(Plan p, Plan.Status expected, String rule) {
		if (p.route() != Plan.Route.CITY) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.routeProvince", "R15", p.route())));
		}
		if (p.status() != expected) {
			throw new Refused(null, List.of(Refused.Reason.of(rule, "R15", p.status())));
		}
		return p;
	}
}
