package org.parkloop.reporting.annual;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * R16's annual reports of the {@link ReportingUnits}: a county unit's by its COUNTY user, a city-level park's by its PARK
 * user, either by CITY. Drafted from the modules' data; the
 * sections are edited while a draft or returned; submitted, the figures are frozen and a revision kept; CITY may
 * return it with a comment. Overdue when not first submitted by the deadline's day (that day is on time).
 */
@Service
@Transactional
class Reports {

	record Command(@Size(max = 100) String unit, @Size(max = 64) String parkCode, @Min(2000) @Max(2100) Integer year) {
	}

	record Section(@Size(max = 4000) String text) {
	}

	record Comment(@Size(max = 2000) String comment) {
	}

	private final JdbcClient jdbc;
	private final ReportingUnits units;
	private final ReportDraft draft;
	private final CurrentCaller callers;
	private final Audit audit;
	private final JsonMapper json;
	private final Clock clock;
	private final org.parkloop.registry.ParkAccess access;

	Reports(JdbcClient jdbc, ReportingUnits units, ReportDraft draft, CurrentCaller callers, Audit audit, JsonMapper json,
			Clock clock, org.parkloop.registry.ParkAccess access) {
		this.access = access;
		this.jdbc = jdbc;
		this.units = units;
		this.draft = draft;
		this.callers = callers;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	Report create(Command c) {
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		if (c.year() == null) {
			problems.add(new FieldProblem("year", "validation.required"));
		}
		if ((c.unit() == null) == (c.parkCode() == null)) {
			problems.add(new FieldProblem("unit", "report.unitOrPark"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<ParkView> covered = units.covered(c.unit(), c.parkCode(), c.year());
		checkFiler(c.unit(), c.parkCode());
		long id;
		try {
			id = jdbc.sql("insert into report (unit, park_code, year, created_by) values (?, ?, ?, ?) returning id")
				.params(c.unit(), c.parkCode(), c.year(), callers.get().username()).query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("year", List.of(Refused.Reason.of("report.exists", "R16", c.year())));
		}
		audit.record("CREATE", "report", String.valueOf(id), (c.unit() != null ? c.unit() : c.parkCode()) + " " + c.year()
				+ " (" + covered.size() + " parks)");
		return get(id);
	}

	Report section(long id, String key, Section c) {
		Report r = get(id);
		checkFiler(r.unit(), r.parkCode());
		Inputs.check(c);
		if (!Report.SECTIONS.contains(key)) {
			throw new NotFound("report.section", key);
		}
		if (!r.status().editable()) {
			throw new Refused("status", List.of(Refused.Reason.of("report.frozen", "R16")));
		}
		Map<String, String> sections = new LinkedHashMap<>(r.sections());
		sections.put(key, c == null || c.text() == null ? "" : c.text());
		jdbc.sql("update report set sections = cast(? as jsonb), version = version + 1 where id = ?")
			.params(json.writeValueAsString(sections), id).update();
		audit.record("UPDATE", "report", String.valueOf(id), key);
		return get(id);
	}

	/** Submits: the figures as drafted now are frozen, a revision kept. */
	Report submit(long id) {
		Report r = get(id);
		checkFiler(r.unit(), r.parkCode());
		move(r, Report.Status.SUBMITTED);
		String figures = json.writeValueAsString(draft.of(units.covered(r.unit(), r.parkCode(), r.year()), r.year()));
		Instant now = Instant.now(clock);
		jdbc.sql("""
				update report set status = 'SUBMITTED', data = cast(? as jsonb), submitted_at = ?,
				    first_submitted_on = coalesce(first_submitted_on, ?), version = version + 1 where id = ?""")
			.params(figures, java.sql.Timestamp.from(now), LocalDate.now(clock), id).update();
		jdbc.sql("""
				insert into report_revision (report_id, revision, sections, data, submitted_at, submitted_by)
				select id, (select count(*) + 1 from report_revision where report_id = ?), sections, data, submitted_at, ?
				from report where id = ?""").params(id, callers.get().username(), id).update();
		audit.record("SUBMIT", "report", String.valueOf(id), String.valueOf(r.year()));
		return get(id);
	}

	/** CITY returns a submitted report with a comment. */
	Report returnReport(long id, Comment c) {
		access.checkCity();
		Report r = get(id);
		Inputs.check(c);
		if (c == null || c.comment() == null || c.comment().isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("comment", "validation.required")));
		}
		move(r, Report.Status.RETURNED);
		jdbc.sql("update report set status = 'RETURNED', comment = ?, version = version + 1 where id = ?")
			.params(c.comment().strip(), id).update();
		audit.record("RETURN", "report", String.valueOf(id), c.comment().strip());
		return get(id);
	}

	/** The report as the caller may read it: figures live while a draft, frozen once submitted. */
	@Transactional(readOnly = true)
	Report get(long id) {
		Report r = jdbc.sql("""
				select id, unit, park_code, year, status, sections, data, submitted_at, first_submitted_on, comment, version
				from report where id = ?""").param(id).query((rs, n) -> row(rs)).optional()
			.orElseThrow(() -> new NotFound("report.notFound", id));
		checkFiler(r.unit(), r.parkCode()); // who files a report reads it; CITY reads every one
		if (r.figures() == null) {
			return with(r, draft.of(units.covered(r.unit(), r.parkCode(), r.year()), r.year()));
		}
		return r;
	}

	/**
	 * Every reporting unit of a year with its state (CITY): each county-level unit and each city-level park, its
	 * report's status or NOT_STARTED, whether it is overdue, when it was first submitted.
	 */
	record UnitState(String unit, String parkCode, Long reportId, String status, LocalDate deadline, boolean overdue,
			LocalDate firstSubmittedOn) {
	}

	@Transactional(readOnly = true)
	List<UnitState> ofYear(Integer year) {
		access.checkCity();
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		LocalDate deadline = deadline(y);
		Map<String, Object[]> stored = new LinkedHashMap<>();
		jdbc.sql("select coalesce(unit, '@' || park_code), id, status, first_submitted_on from report where year = ?").param(y)
			.query((rs, n) -> stored.put(rs.getString(1), new Object[] { rs.getLong(2), rs.getString(3),
					rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate() }))
			.list();
		List<UnitState> out = new ArrayList<>();
		units.counties().forEach(u -> out.add(state(u, null, stored.get(u), deadline)));
		units.cityLevelParks().forEach(p -> out.add(state(null, p, stored.get("@" + p), deadline)));
		return out;
	}

	private UnitState state(String unit, String parkCode, Object[] report, LocalDate deadline) {
		LocalDate first = report == null ? null : (LocalDate) report[2];
		return new UnitState(unit, parkCode, report == null ? null : (Long) report[0],
				report == null ? "NOT_STARTED" : (String) report[1], deadline,
				ReportRules.overdue(first, LocalDate.now(clock), deadline), first);
	}

	/** The reports of a year the caller files (its county units', its city-level park's, CITY's compilation). */
	@Transactional(readOnly = true)
	List<Report> mine(int year) {
		Caller c = callers.get();
		return jdbc.sql("select id, unit, park_code from report where year = ? order by coalesce(unit, park_code)").param(year)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) }).list().stream()
			.filter(x -> x[1] != null ? c.scopes(Role.COUNTY).contains((String) x[1])
					|| (ReportingUnits.CITY_WIDE.equals(x[1]) && c.has(Role.CITY)) : c.scopes(Role.PARK).contains((String) x[2]))
			.map(x -> get((Long) x[0])).map(r -> with(r, null)).toList();
	}

	private void move(Report r, Report.Status next) {
		if (!r.status().may(next)) {
			throw new Refused("status", List.of(Refused.Reason.of("report.transition", "R16", r.status(), next)));
		}
	}

	private void checkFiler(String unit, String parkCode) {
		Caller c = callers.get();
		boolean may = c.has(Role.CITY) || (unit != null ? c.scopes(Role.COUNTY).contains(unit)
				: c.scopes(Role.PARK).contains(parkCode));
		if (!may) {
			throw new Forbidden("access.report", unit != null ? unit : parkCode);
		}
	}

	private Report row(java.sql.ResultSet rs) throws java.sql.SQLException {
		int year = rs.getInt(4);
		LocalDate deadline = deadline(year);
		LocalDate first = rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate();
		boolean overdue = !ReportingUnits.CITY_WIDE.equals(rs.getString(2)) && ReportRules.overdue(first, LocalDate.now(clock), deadline);
		Map<String, String> sections = json.readValue(rs.getString(6), new TypeReference<LinkedHashMap<String, String>>() {
		});
		List<ReportDraft.ParkFigures> figures = rs.getString(7) == null ? null
				: json.readValue(rs.getString(7), new TypeReference<List<ReportDraft.ParkFigures>>() {
				});
		return new Report(rs.getLong(1), rs.getString(2), rs.getString(3), year, Report.Status.valueOf(rs.getString(5)),
				sections, figures, rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), first, deadline,
				overdue, rs.getString(10), rs.getLong(11));
	}

	/** The deadline of a year's report: its day of that year (data). */
	LocalDate deadline(int year) {
		return jdbc.sql("select due_month, due_day from report_deadline where kind = 'ANNUAL'")
			.query((rs, n) -> LocalDate.of(year, rs.getInt(1), rs.getInt(2))).single();
	}

	private static Report with(Report r, List<ReportDraft.ParkFigures> figures) {
		return new Report(r.id(), r.unit(), r.parkCode(), r.year(), r.status(), r.sections(), figures, r.submittedAt(),
				r.firstSubmittedOn(), r.deadline(), r.overdue(), r.comment(), r.version());
	}
}
