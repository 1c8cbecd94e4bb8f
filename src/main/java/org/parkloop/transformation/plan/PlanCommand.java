package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A plan as the API sends it ({@code modelId}, {@code kind}, {@code sections} optional; {@code date}: the first
 * action's, today when not given; {@code version}: the version read, for a change of a draft).
 */
record PlanCommand(@Size(max = 64) String consultancyCreditCode, @Size(max = 20) String route,
		@Min(1990) @Max(2100) Integer baseYear, @Min(1990) @Max(2100) Integer startYear,
		@Min(1990) @Max(2100) Integer endYear, @Min(1) @Max(Long.MAX_VALUE) Long modelId,
		@Size(max = 100) List<TargetInput> targets, @Size(max = 200) List<ProjectInput> projects,
		@Size(max = 20) Map<String, @Size(max = 20000) String> sections, LocalDate date,
		@Min(0) @Max(Long.MAX_VALUE) Long version) {

	record TargetInput(@Size(max = 60) String code, @DecimalMax("1e15") BigDecimal baseline,
			@DecimalMax("1e15") BigDecimal target) {
	}

	/** {@code id}: the project of the earlier revision this one continues (a new project has none). */
	record ProjectInput(@Min(1) @Max(Long.MAX_VALUE) Long id, @Size(max = 200) String name,
			@Size(max = 20) String category, @Size(max = 100) String kind, @Size(max = 64) String ownerCreditCode,
			@DecimalMax("1e15") BigDecimal investment,
			@Size(max = 30) Map<Integer, @DecimalMax("1e15") BigDecimal> investmentByYear, EffectsInput effects,
			@Size(max = 50) List<MilestoneInput> milestones) {
	}

	record EffectsInput(@DecimalMax("1e12") BigDecimal tonnesUtilised, @DecimalMax("1e12") BigDecimal tceSaved,
			@DecimalMax("1e12") BigDecimal waterSaved, @DecimalMax("1e12") BigDecimal co2Avoided) {
	}

	record MilestoneInput(@Min(1) @Max(Long.MAX_VALUE) Long id, @Size(max = 200) String name, LocalDate plannedDate) {
	}

	/** The submission's date. */
	record SubmitCommand(LocalDate date) {
	}
}
