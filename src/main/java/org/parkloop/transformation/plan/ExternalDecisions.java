package org.parkloop.transformation.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of the province and the state on demonstration plans (R15), recorded by CITY: a provincial
 * demonstration plan goes to the province (no city experts), a national one to the state. The province's approval
 * approves the plan and records the provincial designation; its rejection returns the plan (the park revises it, or
 * switches to the ordinary route). The state's approval records the national designation only; its rejection leaves
 * the plan in force before it as it was (the amendment is REJECTED).
 */
@Service
@Transactional
class ExternalDecisions {

	record Decision(@Size(max = 10) String body, @Size(max = 100) String documentNumber, LocalDate date,
			@Size(max = 10) String outcome) {
	}

	private final PlanStore store;
	private final Plans plans;
	private final PlanOutcomes outcomes;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;

	ExternalDecisions(PlanStore store, Plans plans, PlanOutcomes outcomes, ParkAccess access, CurrentCaller callers,
			Audit audit) {
		this.store = store;
		this.plans = plans;
		this.outcomes = outcomes;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
	}

	Plan record(long id, Decision c) {
		access.checkCity();
		Inputs.check(c);
		Plan p = store.find(id, true).orElseThrow(() -> new NotFound("plan.notFound", id));
		List<FieldProblem> problems = new ArrayList<>();
		String body = c.body() == null ? "" : c.body().strip();
		if (!body.equals("PROVINCE") && !body.equals("NATIONAL")) {
			problems.add(new FieldProblem("body", "plan.decisionBody"));
		}
		String outcome = c.outcome() == null ? "" : c.outcome().strip();
		if (!outcome.equals("APPROVED") && !outcome.equals("REJECTED")) {
			problems.add(new FieldProblem("outcome", "plan.decisionOutcome"));
		}
		if (c.documentNumber() == null || c.documentNumber().isBlank()) {
			problems.add(new FieldProblem("documentNumber", "validation.required"));
		}
		if (c.date() == null) {
			problems.add(new FieldProblem("date", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		plans.actionDate(c.date());
		if (p.route() == Plan.Route.CITY) {
			throw new Refused("body", List.of(Refused.Reason.of("plan.decisionOrdinaryRoute", "R15")));
		}
		String expected = p.route() == Plan.Route.PROVINCIAL_DEMO ? "PROVINCE" : "NATIONAL";
		if (!body.equals(expected)) {
			throw new Refused("body", List.of(Refused.Reason.of("plan.decisionWrongBody", "R15", body, p.route())));
		}
		if (p.status() != Plan.Status.UNDER_REVIEW) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.notUnderReview", "R15", p.status())));
		}
		if (c.date().isBefore(p.submittedOn())) {
			throw new InvalidInput(List.of(new FieldProblem("date", "plan.decisionDate", p.submittedOn())));
		}
		String number = c.documentNumber().strip();
		String who = callers.get().username();
		store.recordDecision(id, new Plan.Decision(body, number, c.date(), outcome), who);
		if (outcome.equals("APPROVED")) {
			plans.checkRoute(p);
			outcomes.approve(p, body, c.date(), number, who);
		}
		else if (body.equals("PROVINCE")) {
			outcomes.returnPlan(p, body, c.date(), number, who);
		}
		else {
			store.decide(id, Plan.Status.REJECTED, body, c.date(), number, null);
		}
		audit.record("DECIDE", "plan", String.valueOf(id), body + " " + outcome + " " + c.date() + " " + number);
		return plans.get(id);
	}
}
