package org.parkloop.reporting.annual;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A submitted report against today's data ({@link ReportDiff}); a draft's figures are today's, so it has none. */
@Component
class ReportComparison {

	record Comparison(long reportId, Instant submittedAt, boolean frozen, List<ReportDiff.Change> changes) {
	}

	private final Reports reports;
	private final ReportDraft draft;
	private final ReportingUnits units;
	private final JsonMapper json;

	ReportComparison(Reports reports, ReportDraft draft, ReportingUnits units, JsonMapper json) {
		this.reports = reports;
		this.draft = draft;
		this.units = units;
		this.json = json;
	}

	@Transactional(readOnly = true)
	Comparison of(long id) {
		Report r = reports.get(id);
		if (r.status() == Report.Status.DRAFT) {
			return new Comparison(id, null, false, List.of());
		}
		return new Comparison(id, r.submittedAt(), true,
				ReportDiff.of(r.figures(), draft.of(units.covered(r.unit(), r.parkCode(), r.year()), r.year()), json));
	}
}
