package org.parkloop.transformation.acceptance;

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
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.status.CaseSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on an acceptance application (R17), recorded by CITY for whichever body took them, in the route's
 * order ({@link Application#ROUTES}): stage, body, outcome, grade when passed, document number, date, and the review
 * steps (资料审查, 现场核查, 专家评审) as dated entries. A final pass moves the case to ACCEPTED on its date; a failure
 * at any stage ends the application with its reasons, the park implementing still.
 */
@Service
@Transactional
class AcceptanceDecisions {

	record StepInput(@Size(max = 20) String step, LocalDate date, @Size(max = 2000) String note) {
	}

	record FilingInput(@Size(max = 100) String documentNumber, LocalDate date) {
	}

	record Decide(@Size(max = 12) String stage, @Size(max = 10) String body, @Size(max = 10) String outcome,
			@Size(max = 10) String grade, @Size(max = 100) String documentNumber, LocalDate date,
			@Size(max = 4000) String reasons, @Size(max = 10) List<StepInput> steps, FilingInput filing) {
	}

	private final ApplicationStore store;
	private final CaseSteps steps;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final java.time.Clock clock;

	AcceptanceDecisions(ApplicationStore store, CaseSteps steps, ParkAccess access, CurrentCaller callers, Audit audit,
			java.time.Clock clock) {
		this.store = store;
		this.steps = steps;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Application decide(long id, Decide c) {
		access.checkCity();
		Inputs.check(c);
		Application a = store.find(id, true).orElseThrow(() -> new NotFound("acceptance.notFound", id));
		List<FieldProblem> problems = new ArrayList<>();
		Application.Stage stage = Inputs.constant(Application.Stage.class, c.stage(), "stage", "acceptance.stageValue",
				problems);
		Application.Body body = Inputs.constant(Application.Body.class, c.body(), "body", "acceptance.bodyValue", problems);
		String outcome = c.outcome() == null ? "" : c.outcome().strip();
		if (!outcome.equals("PASSED") && !outcome.equals("FAILED")) {
			problems.add(new FieldProblem("outcome", "acceptance.outcome"));
		}
		Application.Grade grade = c.grade() == null || c.grade().isBlank() ? null
				: Inputs.constant(Application.Grade.class, c.grade(), "grade", "acceptance.gradeValue", problems);
		if (outcome.equals("PASSED") && stage == Application.Stage.FINAL && grade == null) {
			problems.add(new FieldProblem("grade", "acceptance.gradeRequired"));
		}
		if (outcome.equals("FAILED") && (c.reasons() == null || c.reasons().isBlank())) {
			problems.add(new FieldProblem("reasons", "acceptance.reasonsRequired"));
		}
		if (c.documentNumber() == null || c.documentNumber().isBlank()) {
			problems.add(new FieldProblem("documentNumber", "validation.required"));
		}
		LocalDate last = a.decisions().isEmpty() ? a.appliedOn() : a.decisions().get(a.decisions().size() - 1).date();
		if (c.date() == null || c.date().isBefore(last) || c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "acceptance.decisionDate", last));
		}
		List<Application.Step> reviewSteps = steps(c, a.appliedOn(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (a.nextStage() == null) {
			throw new Refused("stage", List.of(Refused.Reason.of("acceptance.decided", "R17", a.status())));
		}
		if (stage != a.nextStage()) {
			throw new Refused("stage", List.of(Refused.Reason.of("acceptance.outOfOrder", "R17", a.nextStage(), stage)));
		}
		if (body != a.nextBody()) {
			throw new Refused("body", List.of(Refused.Reason.of("acceptance.wrongBody", "R17", a.nextBody(), body,
					a.designation())));
		}
		Application.Filing filing = c.filing() == null || c.filing().documentNumber() == null ? null
				: new Application.Filing(c.filing().documentNumber().strip(), c.filing().date());
		Application.Decision d = new Application.Decision(stage, body, outcome, outcome.equals("PASSED") ? grade : null,
				c.documentNumber().strip(), c.date(), c.reasons() == null || c.reasons().isBlank() ? null : c.reasons().strip(),
				reviewSteps, filing);
		Application.Status status = outcome.equals("FAILED") ? Application.Status.FAILED
				: stage == Application.Stage.PRELIMINARY ? Application.Status.PRELIMINARY_PASSED
						: Application.Status.ACCEPTED;
		if (status == Application.Status.ACCEPTED) {
			steps.checkDate(a.parkCode(), c.date());
			steps.step(a.parkCode(), TransformationStatus.IMPLEMENTING, TransformationStatus.ACCEPTED, c.date(),
					steps.note("case.note.accepted", a.year(), steps.note("enum.ApplicationBody." + body), d.documentNumber(),
							steps.note("enum.ApplicationGrade." + grade)),
					callers.get().username());
		}
		store.decide(a, d, status, callers.get().username());
		audit.record("DECIDE", "acceptance", String.valueOf(id), stage + " " + body + " " + outcome
				+ (d.grade() == null ? "" : " " + d.grade()) + " " + c.date() + " " + d.documentNumber());
		return store.find(id, false).orElseThrow();
	}

	private static List<Application.Step> steps(Decide c, LocalDate appliedOn, List<FieldProblem> problems) {
		List<Application.Step> list = new ArrayList<>();
		List<StepInput> given = c.steps() == null ? List.of() : c.steps();
		for (int i = 0; i < given.size(); i++) {
			StepInput s = given.get(i);
			Application.StepKind kind = Inputs.constant(Application.StepKind.class, s == null ? null : s.step(),
					"steps[" + i + "].step", "acceptance.stepkindValue", problems);
			if (s == null || s.date() == null || s.date().isBefore(appliedOn)
					|| (c.date() != null && s.date().isAfter(c.date()))) {
				problems.add(new FieldProblem("steps[" + i + "].date", "acceptance.stepDate", appliedOn));
			}
			else if (kind != null) {
				list.add(new Application.Step(kind, s.date(), s.note() == null ? null : s.note().strip()));
			}
		}
		return list;
	}
}
