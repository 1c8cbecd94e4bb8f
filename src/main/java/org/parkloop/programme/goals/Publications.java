package org.parkloop.programme.goals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluations the city published (R13 publicity, R18 assessment). A publication stores the evaluation as it was, in
 * both languages, so that what was reported stays as reported even after the history behind it is back-filled;
 * the live evaluation of the same date may differ, and the page says so.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

	/** What CITY sends to publish a goal set's evaluation as of a date (today by default). */
	public record Publish(LocalDate asOf, @Size(max = 2000) String comment) {
	}

	/** A published evaluation; {@code evaluation} in the reader's language, null in lists. */
	public record Publication(long id, long goalSetId, LocalDate asOf, String comment, String publishedBy,
			Instant publishedAt, Evaluation evaluation) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final GoalSetService goalSets;
	private final GoalViews views;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Publications(JdbcClient jdbc, JsonMapper json, GoalSetService goalSets, GoalViews views, ParkAccess access,
			CurrentCaller callers, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.goalSets = goalSets;
		this.views = views;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Publication publish(long goalSetId, Publish p) {
		access.checkCity();
		GoalSet set = goalSets.get(goalSetId);
		Inputs.check(p);
		LocalDate asOf = p.asOf() != null ? p.asOf() : LocalDate.now(clock);
		if (asOf.isAfter(LocalDate.now(clock))) {
			throw new InvalidInput(List.of(new FieldProblem("asOf", "publication.future", asOf)));
		}
		Map<String, Evaluation> snapshot = Map.of("zh", views.evaluation(set, asOf, Locale.SIMPLIFIED_CHINESE), "en",
				views.evaluation(set, asOf, Locale.ENGLISH));
		String comment = p.comment() == null || p.comment().isBlank() ? null : p.comment().trim();
		long id = jdbc.sql("""
				insert into goal_evaluation_publication (goal_set_id, as_of, comment, snapshot, published_by)
				values (?, ?, ?, cast(? as jsonb), ?) returning id""")
			.params(goalSetId, asOf, comment, json.writeValueAsString(snapshot), callers.get().username())
			.query(Long.class).single();
		audit.record("PUBLISH", "goal_set", Long.toString(goalSetId), asOf + (comment == null ? "" : " (" + comment + ")"));
		return get(goalSetId, id, Locale.SIMPLIFIED_CHINESE);
	}

	/** The set's publications, newest first, without their evaluations. */
	public List<Publication> of(long goalSetId) {
		goalSets.get(goalSetId);
		return jdbc.sql("""
				select id, goal_set_id, as_of, comment, published_by, published_at from goal_evaluation_publication
				where goal_set_id = ? order by published_at desc, id desc""")
			.param(goalSetId)
			.query((rs, n) -> new Publication(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), null))
			.list();
	}

	public Publication get(long goalSetId, long id, Locale locale) {
		String language = "en".equals(locale.getLanguage()) ? "en" : "zh";
		return jdbc.sql("""
				select id, goal_set_id, as_of, comment, published_by, published_at, snapshot -> ? from goal_evaluation_publication
				where goal_set_id = ? and id = ?""")
			.params(language, goalSetId, id)
			.query((rs, n) -> new Publication(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), json.readValue(rs.getString(7), Evaluation.class)))
			.optional()
			.orElseThrow(() -> new NotFound("publication.notFound", id));
	}
}
