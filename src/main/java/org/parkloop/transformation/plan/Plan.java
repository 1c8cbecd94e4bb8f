package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A park's circular transformation plan (R14), one revision of it: the consultancy compiling it, the review route
 * (R15), the base year and implementation period, the material flow model it rests on, its targets per indicator,
 * its key projects (R19) with milestones, and its text sections. Projects and milestones keep their ids across
 * revisions.
 */
public record Plan(long id, String parkCode, int revision, Status status, String consultancyCreditCode, Route route,
		int baseYear, int startYear, int endYear, Long modelId, Map<String, String> sections, List<Target> targets,
		List<Project> projects, LocalDate submittedOn, Review review, Long amends, List<Decision> decisions, long version)
		implements org.parkloop.shared.Versioned {

	/**
	 * The city's review (R15): the experts with their scores and opinions (null until reviewed), the group's joint
	 * opinion, the decision's date and document number, or the comment it was returned with.
	 */
	public record Review(List<ExpertReview> experts, String conclusion, LocalDate decidedOn, String documentNumber,
			String comment) {
	}

	/** The province's or the state's decision on a demonstration plan (R15). */
	public record Decision(String body, String documentNumber, LocalDate date, String outcome) {
	}

	public record ExpertReview(String username, Integer score, String opinion) {
	}

	public enum Status {
		DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED, APPROVED, REJECTED, SUPERSEDED
	}

	/** R15: reviewed by the city's experts, or sent to the province as a provincial or national demonstration. */
	public enum Route {
		CITY, PROVINCIAL_DEMO, NATIONAL_DEMO
	}

	/** R19's three kinds of key projects. */
	public enum Category {
		CHAIN_LINKING, PUBLIC_SERVICE, NEW_ENERGY
	}

	/** R19's sub-kinds of each category (a project's optional {@code kind}). */
	public enum Kind {
		CHAIN_EXTENSION(Category.CHAIN_LINKING), SHARED_FACILITY(Category.CHAIN_LINKING),
		MATERIAL_RECYCLING(Category.CHAIN_LINKING), BYPRODUCT_EXCHANGE(Category.CHAIN_LINKING),
		ENERGY_CASCADE(Category.CHAIN_LINKING), WATER_RECYCLING(Category.CHAIN_LINKING),
		ZERO_DISCHARGE(Category.CHAIN_LINKING),
		POLLUTION_CONTROL(Category.PUBLIC_SERVICE), WASTE_EXCHANGE_PLATFORM(Category.PUBLIC_SERVICE),
		RD_INCUBATOR(Category.PUBLIC_SERVICE), STATISTICS_MONITORING(Category.PUBLIC_SERVICE),
		PRODUCER_SERVICES(Category.PUBLIC_SERVICE),
		DISTRIBUTED_PV(Category.NEW_ENERGY), SOLAR_LIGHTING(Category.NEW_ENERGY),
		GROUND_SOURCE_HEAT_PUMP(Category.NEW_ENERGY), WIND(Category.NEW_ENERGY);

		private final Category category;

		Kind(Category category) {
			this.category = category;
		}

		public Category category() {
			return category;
		}
	}

	public record Target(String code, BigDecimal baseline, BigDecimal target) {
	}

	/**
	 * @param investment planned, in 元 (exact), in total
	 * @param investmentByYear planned per year, in 元
	 */
	public record Project(long id, String name, Category category, String kind, String ownerCreditCode,
			BigDecimal investment, Map<Integer, BigDecimal> investmentByYear, Effects effects, List<Milestone> milestones) {
	}

	/** A project's expected effects per year: t utilised, tce and m³ saved, t CO2 avoided. */
	public record Effects(BigDecimal tonnesUtilised, BigDecimal tceSaved, BigDecimal waterSaved, BigDecimal co2Avoided) {

		static final Effects NONE = new Effects(null, null, null, null);
	}

	/** Whether the plan is still in the making (at most one per park). */
	public boolean open() {
		return status == Status.DRAFT || status == Status.SUBMITTED || status == Status.UNDER_REVIEW
				|| status == Status.RETURNED;
	}

	public record Milestone(long id, String name, LocalDate plannedDate) {
	}
}
