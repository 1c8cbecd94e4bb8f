package org.parkloop.reporting.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.platform.When;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R13's announcements (公示): acceptance results, demonstration designations, subsidies, assessment results, which CITY
 * publishes with an objection period in days; the public reads those published by today and not withdrawn, and may
 * object through the feedback form while the period runs.
 */
@Service
@Transactional
public class Announcements {

	public enum Kind {
		ACCEPTANCE, DESIGNATION, SUBSIDY, ASSESSMENT, OTHER
	}

	public record Command(@Size(max = 12) String kind, @Size(max = 200) String title, @Size(max = 4000) String body,
			@Size(max = 64) String parkCode, LocalDate publishedOn, @Min(0) @Max(365) Integer objectionDays) {
	}

	/** An announcement; objections are taken until {@code objectionUntil} (inclusive), {@code open} while they are. */
	public record Announcement(long id, Kind kind, String title, String body, String parkCode, LocalDate publishedOn,
			int objectionDays, LocalDate objectionUntil, boolean open, boolean withdrawn) {
	}

	private final JdbcClient jdbc;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final org.parkloop.registry.ParkAccess access;
	private final Audit audit;
	private final When when;

	Announcements(JdbcClient jdbc, ParkCatalog parks, CurrentCaller callers, Audit audit, When when,
			org.parkloop.registry.ParkAccess access) {
		this.access = access;
		this.jdbc = jdbc;
		this.parks = parks;
		this.callers = callers;
		this.audit = audit;
		this.when = when;
	}

	Announcement publish(Command c) {
		access.checkCity();
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Kind kind = Inputs.constant(Kind.class, c.kind(), "kind", "announcement.kind", problems);
		if (c.title() == null || c.title().isBlank()) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		if (c.body() == null || c.body().isBlank()) {
			problems.add(new FieldProblem("body", "validation.required"));
		}
		if (c.parkCode() != null && !c.parkCode().isBlank() && parks.find(c.parkCode()).isEmpty()) {
			problems.add(new FieldProblem("parkCode", "park.notFound", c.parkCode()));
		}
		if (c.objectionDays() == null) {
			problems.add(new FieldProblem("objectionDays", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		LocalDate on = c.publishedOn() == null ? when.today() : c.publishedOn();
		long id = jdbc.sql("""
				insert into announcement (kind, title, body, park_code, published_on, objection_days, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(kind.name(), c.title().strip(), c.body().strip(), c.parkCode() == null || c.parkCode().isBlank() ? null
					: c.parkCode(), on, c.objectionDays(), callers.get().username())
			.query(Long.class).single();
		audit.record("PUBLISH", "announcement", String.valueOf(id), c.title().strip());
		return get(id);
	}

	Announcement withdraw(long id) {
		access.checkCity();
		get(id);
		jdbc.sql("update announcement set withdrawn = true where id = ?").param(id).update();
		audit.record("WITHDRAW", "announcement", String.valueOf(id), null);
		return get(id);
	}

	/** What the public reads: published by today, not withdrawn, newest first. */
	@Transactional(readOnly = true)
	public List<Announcement> published() {
		return jdbc.sql(SELECT + " where not withdrawn and published_on <= ? order by published_on desc, id desc")
			.param(when.today()).query((rs, n) -> row(rs)).list();
	}

	/** Every announcement (CITY's list), newest first. */
	@Transactional(readOnly = true)
	List<Announcement> all() {
		access.checkCity();
		return jdbc.sql(SELECT + " order by published_on desc, id desc").query((rs, n) -> row(rs)).list();
	}

	@Transactional(readOnly = true)
	Announcement get(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> row(rs)).optional()
			.orElseThrow(() -> new NotFound("announcement.notFound", id));
	}

	private static final String SELECT = "select id, kind, title, body, park_code, published_on, objection_days, withdrawn from announcement";

	private Announcement row(java.sql.ResultSet rs) throws java.sql.SQLException {
		LocalDate on = rs.getDate(6).toLocalDate();
		LocalDate until = on.plusDays(rs.getInt(7));
		boolean withdrawn = rs.getBoolean(8);
		return new Announcement(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), on, rs.getInt(7), until, !withdrawn && !when.today().isAfter(until), withdrawn);
	}

}
