package org.parkloop.reporting.publicity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.TooManyRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R13's participation: the public's feedback and objections (name optional; a contact for the answer, never shown),
 * at most {@code parkloop.feedback.per-hour} per client address and hour (see {@link FeedbackRate}); a form whose
 * hidden honeypot field is filled is answered as received and dropped. CITY moderates along one transition table:
 * received → answered (published with the answer) or hidden; answered → hidden. The text is kept as written and only
 * ever shown as text.
 */
@Service
@Transactional
public class FeedbackDesk {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDesk.class);

	public enum Status {
		RECEIVED, ANSWERED, HIDDEN;

		private static final Map<Status, Set<Status>> NEXT = Map.of(RECEIVED, Set.of(ANSWERED, HIDDEN), ANSWERED,
				Set.of(HIDDEN), HIDDEN, Set.of());

		boolean may(Status next) {
			return NEXT.get(this).contains(next);
		}
	}

	/** What the public sends; {@code website} is the honeypot, left empty by people (the form hides it). */
	public record Command(@Size(max = 100) String name, @Size(max = 200) String contact, @Size(max = 4000) String text,
			@Size(max = 64) String parkCode, @Min(1) @Max(Long.MAX_VALUE) Long announcementId,
			@Size(max = 200) String website) {
	}

	public record Receipt(Long id, String status) {
	}

	public record Answer(@Size(max = 4000) String answer) {
	}

	/** An item as CITY sees it, contact included. */
	public record Item(long id, String name, String contact, String text, String parkCode, Long announcementId,
			Status status, String answer, Instant receivedAt, String moderatedBy, Instant moderatedAt) {
	}

	/** An answered item as the public sees it: no name, no contact. */
	public record Published(long id, String text, String parkCode, Long announcementId, String answer,
			LocalDate receivedOn, LocalDate answeredOn) {
	}

	private final JdbcClient jdbc;
	private final FeedbackRate rate;
	private final Announcements announcements;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final org.parkloop.registry.ParkAccess access;
	private final Audit audit;
	private final Clock clock;
	private final int perHour;

	FeedbackDesk(JdbcClient jdbc, FeedbackRate rate, Announcements announcements, ParkCatalog parks,
			CurrentCaller callers, Audit audit, Clock clock, @Value("${parkloop.feedback.per-hour:5}") int perHour,
			org.parkloop.registry.ParkAccess access) {
		this.access = access;
		this.jdbc = jdbc;
		this.rate = rate;
		this.announcements = announcements;
		this.parks = parks;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
		this.perHour = perHour;
	}

	Receipt receive(Command c, String client) {
		Instant now = Instant.now(clock);
		if (rate.count(client, now) > perHour) {
			long wait = ChronoUnit.SECONDS.between(now, now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
			throw new TooManyRequests(Math.max(1, wait), "feedback.tooMany", perHour);
		}
		Inputs.check(c);
		if (c.website() != null && !c.website().isBlank()) {
			log.info("Feedback caught by the honeypot from {}", client);
			return new Receipt(null, Status.RECEIVED.name());
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (c.contact() == null || c.contact().isBlank()) {
			problems.add(new FieldProblem("contact", "validation.required"));
		}
		if (c.text() == null || c.text().isBlank()) {
			problems.add(new FieldProblem("text", "validation.required"));
		}
		String park = c.parkCode() == null || c.parkCode().isBlank() ? null : c.parkCode().strip();
		if (park != null && parks.find(park).isEmpty()) {
			problems.add(new FieldProblem("parkCode", "park.notFound", park));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (c.announcementId() != null) {
			var a = announcements.get(c.announcementId());
			if (!a.open()) {
				throw new Refused("announcementId",
						List.of(Refused.Reason.of("feedback.objectionClosed", "R13", a.title(), a.objectionUntil())));
			}
		}
		long id = jdbc.sql("""
				insert into feedback (name, contact, text, park_code, announcement_id) values (?, ?, ?, ?, ?) returning id""")
			.params(blankToNull(c.name()), c.contact().strip(), c.text().strip(), park, c.announcementId())
			.query(Long.class).single();
		return new Receipt(id, Status.RECEIVED.name());
	}

	Item answer(long id, Answer a) {
		access.checkCity();
		Inputs.check(a);
		if (a == null || a.answer() == null || a.answer().isBlank()) {
			throw new InvalidInput(List.of(new FieldProblem("answer", "validation.required")));
		}
		return moderate(id, Status.ANSWERED, a.answer().strip());
	}

	Item hide(long id) {
		return moderate(id, Status.HIDDEN, null);
	}

	private Item moderate(long id, Status next, String answer) {
		access.checkCity();
		Item item = get(id);
		if (!item.status().may(next)) {
			throw new Refused("status", List.of(Refused.Reason.of("feedback.transition", "R13", item.status(), next)));
		}
		// conditional on the status read: of two moderators at once, the second is refused, not silently overwriting
		int changed = jdbc.sql("""
				update feedback set status = ?, answer = coalesce(?, answer), moderated_by = ?, moderated_at = ?,
				    version = version + 1 where id = ? and status = ?""")
			.params(next.name(), answer, callers.get().username(), Timestamp.from(Instant.now(clock)), id,
					item.status().name())
			.update();
		if (changed == 0) {
			throw new Refused("status", List.of(Refused.Reason.of("feedback.transition", "R13", get(id).status(), next)));
		}
		audit.record(next == Status.ANSWERED ? "ANSWER" : "HIDE", "feedback", String.valueOf(id), answer);
		return get(id);
	}

	/** CITY's list, newest first; of one status when given. */
	@Transactional(readOnly = true)
	List<Item> list(Status status) {
		access.checkCity();
		return jdbc.sql(SELECT + " where (cast(? as varchar) is null or status = ?) order by received_at desc, id desc limit 500")
			.params(status == null ? null : status.name(), status == null ? null : status.name())
			.query((rs, n) -> row(rs)).list();
	}

	/** The answered items the public reads, newest first. */
	@Transactional(readOnly = true)
	public List<Published> published() {
		return jdbc.sql("""
				select id, text, park_code, announcement_id, answer, received_at, moderated_at from feedback
				where status = 'ANSWERED' order by moderated_at desc limit 50""")
			.query((rs, n) -> new Published(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
					rs.getString(5), date(rs.getTimestamp(6)), date(rs.getTimestamp(7))))
			.list();
	}

	private Item get(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> row(rs)).optional()
			.orElseThrow(() -> new NotFound("feedback.notFound", id));
	}

	private static final String SELECT = """
			select id, name, contact, text, park_code, announcement_id, status, answer, received_at, moderated_by, moderated_at
			from feedback""";

	private static Item row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				(Long) rs.getObject(6), Status.valueOf(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant(),
				rs.getString(10), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant());
	}

	private LocalDate date(Timestamp t) {
		return t == null ? null : t.toInstant().atZone(clock.getZone()).toLocalDate();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
