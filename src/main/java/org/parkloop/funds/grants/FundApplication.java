package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A subsidy application (R19) for a park's key project: the amount asked, the day, its status (SUBMITTED, then
 * APPROVED with the amount granted from one budget year and its instalments, or REJECTED), the day the announcement
 * (公示) of an approval ends, what was paid and what was paid back.
 */
record FundApplication(long id, long programmeId, String parkCode, Long projectId, String creditCode, String projectName,
		BigDecimal amount, LocalDate appliedOn, Status status, BigDecimal granted, Integer budgetYear, LocalDate decidedOn,
		LocalDate announcedUntil, String comment, BigDecimal repaid, List<Instalment> instalments) {

	/** Submitted, then approved or rejected; an approval may be cancelled (what is not paid is released). */
	enum Status {
		SUBMITTED, APPROVED, REJECTED, CANCELLED
	}

	/** An instalment payable once its milestone is reached; {@code paid} so far. */
	record Instalment(int seq, BigDecimal amount, Long milestoneId, String milestoneName, BigDecimal paid) {
	}

	BigDecimal paid() {
		return instalments.stream().map(Instalment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
