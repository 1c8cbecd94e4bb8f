package org.parkloop.reporting.annual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An annual progress report (R16) of a reporting unit and year: its editable sections, the figures (drafted from
 * today's data while a draft, frozen as submitted once submitted), its status, whether it is overdue, and when it was
 * submitted. Its one transition table: a draft or a returned report is submitted; a submitted one may be returned.
 */
record Report(long id, String unit, String parkCode, int year, Status status, Map<String, String> sections,
		List<ReportDraft.ParkFigures> figures, Instant submittedAt, LocalDate firstSubmittedOn, LocalDate deadline,
		boolean overdue, String comment, long version) implements org.parkloop.shared.Versioned {

	enum Status {
		DRAFT, SUBMITTED, RETURNED;

		private static final Map<Status, Set<Status>> NEXT = Map.of(DRAFT, Set.of(SUBMITTED), SUBMITTED, Set.of(RETURNED),
				RETURNED, Set.of(SUBMITTED));

		boolean may(Status next) {
			return NEXT.get(this).contains(next);
		}

		boolean editable() {
			return this != SUBMITTED;
		}
	}

	/** The sections a report has, in order: 总体情况, 主要进展, 存在问题, 下一步工作. */
	static final List<String> SECTIONS = List.of("summary", "progress", "problems", "next");
}
