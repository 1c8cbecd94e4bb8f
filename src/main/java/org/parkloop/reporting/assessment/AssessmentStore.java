package org.parkloop.reporting.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The schemes, their results and entered scores as stored; the grades and the default criteria as data. */
@Component
class AssessmentStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AssessmentStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Scheme.Criterion> defaultCriteria() {
		return jdbc.sql("select code, name_zh, name_en, weight, source, metric from assessment_default_criterion order by position")
			.query((rs, n) -> new Scheme.Criterion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	List<Scoring.Grade> grades() {
		return jdbc.sql("select code, floor, name_zh, name_en from assessment_grade order by floor desc")
			.query((rs, n) -> new Scoring.Grade(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	long insert(String name, int year, List<Scheme.Criterion> criteria, String by) {
		return jdbc.sql("insert into assessment_scheme (name, year, criteria, created_by) values (?, ?, cast(? as jsonb), ?) returning id")
			.params(name, year, json.writeValueAsString(criteria), by).query(Long.class).single();
	}

	Scheme scheme(long id) {
		return jdbc.sql("""
				select id, name, year, status, criteria, run_at, published_at, published_by, version
				from assessment_scheme where id = ?""").param(id)
			.query((rs, n) -> new Scheme(rs.getLong(1), rs.getString(2), rs.getInt(3), Scheme.Status.valueOf(rs.getString(4)),
					json.readValue(rs.getString(5), new TypeReference<List<Scheme.Criterion>>() {
					}), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8), rs.getLong(9)))
			.optional().orElseThrow(() -> new NotFound("assessment.notFound", id));
	}

	/** Takes the scheme's row lock to the transaction's end: its runs, entered scores and publication come one after another. */
	Scheme locked(long id) {
		jdbc.sql("select id from assessment_scheme where id = ? for update").param(id).query(Long.class).optional()
			.orElseThrow(() -> new NotFound("assessment.notFound", id));
		return scheme(id);
	}

	List<Long> ids(Integer year, boolean publishedOnly) {
		return jdbc.sql("select id from assessment_scheme where (cast(? as integer) is null or year = ?) and (not ? or status = 'PUBLISHED') order by year desc, id")
			.params(year, year, publishedOnly).query(Long.class).list();
	}

	List<Scoring.UnitResult> result(long id) {
		String r = jdbc.sql("select result from assessment_scheme where id = ?").param(id).query(String.class).single();
		return r == null ? List.of() : json.readValue(r, new TypeReference<List<Scoring.UnitResult>>() {
		});
	}

	/** Keeps the result; {@code runAt} when it was run now (null when only an entered score changed it). */
	void saveResult(long id, List<Scoring.UnitResult> result, Instant runAt) {
		jdbc.sql("""
				update assessment_scheme set result = cast(? as jsonb), status = 'SCORED', run_at = coalesce(?, run_at),
				    version = version + 1 where id = ? and status <> 'PUBLISHED'""")
			.params(json.writeValueAsString(result), runAt == null ? null : Timestamp.from(runAt), id).update();
	}

	void enter(long id, String unit, String criterion, java.math.BigDecimal score, String comment, String by) {
		jdbc.sql("""
				insert into assessment_entered_score (scheme_id, unit, criterion, score, comment, entered_by) values (?, ?, ?, ?, ?, ?)
				on conflict (scheme_id, unit, criterion) do update set score = excluded.score, comment = excluded.comment,
				    entered_by = excluded.entered_by, entered_at = now()""")
			.params(id, unit, criterion, score, comment, by).update();
	}

	Map<String, Map<String, Scheme.Entered>> entered(long id) {
		Map<String, Map<String, Scheme.Entered>> out = new HashMap<>();
		jdbc.sql("select unit, criterion, score, comment from assessment_entered_score where scheme_id = ?").param(id)
			.query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
					new Scheme.Entered(rs.getBigDecimal(3), rs.getString(4))))
			.list();
		return out;
	}

	/** Publishes when no other scheme of the year is published (false otherwise). */
	boolean publish(long id, String by, Instant at) {
		try {
			return jdbc.sql("""
					update assessment_scheme set status = 'PUBLISHED', published_at = ?, published_by = ?, version = version + 1
					where id = ? and status = 'SCORED'""").params(Timestamp.from(at), by, id).update() == 1;
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			return false;
		}
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
