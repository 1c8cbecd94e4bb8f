package org.parkloop.transformation.acceptance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.shared.Designation;

/**
 * A park's application for acceptance of a year of its implementation period (R17), with the test's result stored
 * when it was made, and the decisions on it. The route follows the park's designation on the application date: a
 * national demonstration park is examined first by the province (preliminary) and then by the state; a provincial
 * one first by the city and then by the province; any other park is accepted by the city, which files it with the
 * province.
 */
public record Application(long id, String parkCode, long planId, int year, LocalDate appliedOn, Designation designation,
		Status status, ParkIndicators.AcceptanceTest test, List<Decision> decisions, long version) {

	public enum Status {
		SUBMITTED, PRELIMINARY_PASSED, ACCEPTED, FAILED
	}

	public enum Stage {
		PRELIMINARY, FINAL
	}

	public enum Body {
		CITY, PROVINCE, NATIONAL
	}

	public enum Grade {
		EXCELLENT, GOOD, PASS
	}

	/** The review steps a decision rests on (资料审查, 现场核查, 专家评审). */
	public enum StepKind {
		DOCUMENT_REVIEW, SITE_INSPECTION, EXPERT_REVIEW
	}

	public record Step(StepKind step, LocalDate date, String note) {
	}

	/** The city's filing of an ordinary park's acceptance with the province. */
	public record Filing(String documentNumber, LocalDate date) {
	}

	public record Decision(Stage stage, Body body, String outcome, Grade grade, String documentNumber, LocalDate date,
			String reasons, List<Step> steps, Filing filing) {
	}

	/** Which body decides at which stage, by designation (R17). */
	static final Map<Designation, Map<Stage, Body>> ROUTES = Map.of(
			Designation.NATIONAL_DEMO, Map.of(Stage.PRELIMINARY, Body.PROVINCE, Stage.FINAL, Body.NATIONAL),
			Designation.PROVINCIAL_DEMO, Map.of(Stage.PRELIMINARY, Body.CITY, Stage.FINAL, Body.PROVINCE),
			Designation.NONE, Map.of(Stage.FINAL, Body.CITY));

	/** The stage the application waits for next, or null when decided. */
	public Stage nextStage() {
		if (status == Status.ACCEPTED || status == Status.FAILED) {
			return null;
		}
		return status == Status.SUBMITTED && ROUTES.get(designation).containsKey(Stage.PRELIMINARY) ? Stage.PRELIMINARY
				: Stage.FINAL;
	}

	/** The body that decides the next stage, or null when decided. */
	public Body nextBody() {
		Stage next = nextStage();
		return next == null ? null : ROUTES.get(designation).get(next);
	}

	public boolean open() {
		return status == Status.SUBMITTED || status == Status.PRELIMINARY_PASSED;
	}
}
