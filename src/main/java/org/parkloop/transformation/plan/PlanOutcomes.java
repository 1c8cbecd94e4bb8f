package org.parkloop.transformation.plan;

import java.time.LocalDate;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;
import org.parkloop.transformation.status.CaseSteps;
import org.springframework.stereotype.Component;

/**
 * What a decision on a plan does, whoever took it (the city on the ordinary route, the province or the state on a
 * demonstration route, R15). An approval makes the plan the one in force (the earlier approved revision is
 * superseded), its targets the park's locked targets, and moves the case to IMPLEMENTING on the decision's date with
 * the designation the route brings; an amendment or a national designation leaves the status where it is. A return
 * sends the case back to PLAN_COMPILING.
 */
@Component
class PlanOutcomes {

	private final PlanStore store;
	private final ParkIndicators indicators;
	private final CaseSteps steps;

	PlanOutcomes(PlanStore store, ParkIndicators indicators, CaseSteps steps) {
		this.store = store;
		this.indicators = indicators;
		this.steps = steps;
	}

	void approve(Plan p, String body, LocalDate date, String documentNumber, String who) {
		steps.checkDate(p.parkCode(), date);
		store.ofPark(p.parkCode()).stream().filter(x -> x.status() == Plan.Status.APPROVED && x.id() != p.id())
			.forEach(x -> store.status(x.id(), Plan.Status.SUPERSEDED));
		store.decide(p.id(), Plan.Status.APPROVED, body, date, documentNumber, null);
		String note = steps.note("case.note.approved", p.id(), p.revision(), documentNumber);
		switch (p.route()) {
			case CITY -> steps.step(p.parkCode(), TransformationStatus.PLAN_UNDER_REVIEW, TransformationStatus.IMPLEMENTING,
					date, note, who);
			case PROVINCIAL_DEMO -> steps.designate(p.parkCode(), Designation.PROVINCIAL_DEMO, date, note, who);
			case NATIONAL_DEMO -> steps.designate(p.parkCode(), Designation.NATIONAL_DEMO, date, note, who);
		}
		if (!p.targets().isEmpty()) {
			indicators.setPlanTargets(p.parkCode(), new ParkIndicators.Targets(p.baseYear(), p.endYear(),
					p.targets().stream().map(t -> new ParkIndicators.Target(t.code(), t.baseline(), t.target())).toList(),
					null, null, null), steps.note("case.note.targets", p.id(), p.revision(), documentNumber));
		}
	}

	void returnPlan(Plan p, String body, LocalDate date, String comment, String who) {
		steps.checkDate(p.parkCode(), date);
		store.decide(p.id(), Plan.Status.RETURNED, body, date, null, comment);
		steps.step(p.parkCode(), TransformationStatus.PLAN_UNDER_REVIEW, TransformationStatus.PLAN_COMPILING, date,
				steps.note("case.note.returned", p.id(), p.revision(), comment), who);
	}
}
