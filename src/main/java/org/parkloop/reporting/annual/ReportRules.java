package org.parkloop.reporting.annual;

import java.time.LocalDate;

/** R16's deadline, plain: a report is overdue when not first submitted by the end of the deadline's day. */
public final class ReportRules {

	private ReportRules() {
	}

	/** The day itself is on time; a report submitted late stays overdue. */
	public static boolean overdue(LocalDate firstSubmitted, LocalDate today, LocalDate deadline) {
		return firstSubmitted == null ? today.isAfter(deadline) : firstSubmitted.isAfter(deadline);
	}
}
