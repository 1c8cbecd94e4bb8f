package org.parkloop.indicators.submission;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.indicators.engine.SubmissionRules;
import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The submissions' rows: a submission and its values are read and written together. */
@Repository
class SubmissionStore {

	/** What a list asks for; null fields are not filtered on. Scope: the credit codes or parks the caller may read. */
	record Filter(String creditCode, String parkCode, Integer year, Submission.Status status, Boolean parkLevel) {
	}

	/** The caller's reach: all, these enterprises (its own), or these parks (its offices). */
	record Reach(boolean all, List<String> enterprises, List<String> parks) {
	}

	private static final String COLUMNS = """
			id, credit_code, park_code, year, revision, status, on_behalf, comment, confirmed, created_by, created_at,
			submitted_by, submitted_at, decided_by, decided_at, version""";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final RowVersions versions;

	SubmissionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.versions = new RowVersions(jdbc, "ind_submission", "id");
	}

	long insert(String creditCode, String parkCode, int year, int revision, boolean onBehalf, String by) {
		return jdbc.sql("""
				insert into ind_submission (credit_code, park_code, year, revision, status, on_behalf, created_by)
				values (?, ?, ?, ?, 'DRAFT', ?, ?) returning id""")
			.params(creditCode, parkCode, year, revision, onBehalf, by)
			.query(Long.class).single();
	}

	void replaceValues(long id, List<Submission.Value> values) {
		jdbc.sql("delete from ind_submission_value where submission_id = ?").param(id).update();
		for (Submission.Value v : values) {
			jdbc.sql("insert into ind_submission_value (submission_id, item, value, unit, canonical, price_base_year)"
					+ " values (?, ?, ?, ?, ?, ?)")
				.params(id, v.item(), v.value(), v.unit(), v.canonical(), v.priceBaseYear())
				.update();
		}
	}

	/** The submission, locked for the rest of the transaction when {@code forUpdate}. */
	Optional<Submission> find(long id, boolean forUpdate) {
		return jdbc.sql("select " + COLUMNS + " from ind_submission where id = ?" + (forUpdate ? " for update" : ""))
			.param(id).query(this::row).optional().map(s -> s.withValues(values(List.of(id)).getOrDefault(id, List.of())));
	}

	/** Claims the submission for a change with the version the writer read (the platform's optimistic lock). */
	void claim(long id, ExpectedVersion expected) {
		versions.claim(id, expected, () -> new NotFound("submission.notFound", id));
	}

	/** Moves a claimed submission to the status. */
	void move(long id, Submission.Status status, String column, String by, String comment,
			List<SubmissionRules.Finding> confirmed) {
		String stamp = column == null ? "" : ", " + column + "_by = :by, " + column + "_at = now()";
		jdbc.sql("update ind_submission set status = :status, comment = :comment, confirmed = :confirmed" + stamp
				+ " where id = :id")
			.param("status", status.name()).param("comment", comment)
			.param("confirmed", confirmed == null || confirmed.isEmpty() ? null : json.writeValueAsString(confirmed))
			.param("by", by).param("id", id)
			.update();
	}

	/** The subject's accepted revisions of the year other than this one are superseded by it. */
	void supersedeEarlier(Submission s) {
		jdbc.sql("update ind_submission set superseded = true where status = 'ACCEPTED' and not superseded and id <> :id"
				+ " and year = :year and " + subject(s.creditCode()))
			.param("id", s.id()).param("year", s.year()).param("credit", s.creditCode()).param("park", s.parkCode())
			.update();
	}

	/** The subject's revisions of a year, latest first. */
	List<Submission> revisions(String creditCode, String parkCode, int year) {
		List<Submission> list = jdbc.sql("select " + COLUMNS + " from ind_submission where year = :year and "
				+ subject(creditCode) + " order by revision desc")
			.param("year", year).param("credit", creditCode).param("park", parkCode)
			.query(this::row).list();
		return withValues(list);
	}

	/** The subject's latest accepted values of the last year before this one that has any, in canonical units. */
	Map<String, BigDecimal> lastAccepted(String creditCode, String parkCode, int year) {
		Map<String, BigDecimal> m = new HashMap<>();
		jdbc.sql("select v.item, v.canonical from ind_submission_value v where v.submission_id = (select id from ind_submission"
				+ " where status = 'ACCEPTED' and year < :year and " + subject(creditCode)
				+ " order by year desc, revision desc limit 1)")
			.param("year", year).param("credit", creditCode).param("park", parkCode)
			.query((rs, n) -> m.put(rs.getString(1), rs.getBigDecimal(2))).list();
		return m;
	}

	private static String subject(String creditCode) {
		return creditCode == null ? "credit_code is null and park_code = :park" : "credit_code = :credit";
	}

	/** What the enterprise delivered through completed deals in the year, in t, by the item it counts under. */
	Map<String, BigDecimal> delivered(String creditCode, int year) {
		Map<String, BigDecimal> m = new HashMap<>();
		jdbc.sql("select hazardous, sum(tonnes) from ind_delivery where supplier = ? and year = ? group by hazardous")
			.params(creditCode, year)
			.query((rs, n) -> m.put(rs.getBoolean(1) ? "hazardous_utilised" : "solid_waste_utilised", rs.getBigDecimal(2)))
			.list();
		return m;
	}

	List<Submission> list(Filter f, Reach reach, int limit) {
		Map<String, Object> p = new HashMap<>();
		List<String> where = new ArrayList<>(List.of("true"));
		if (!reach.all()) {
			where.add("(credit_code = any(cast(:enterprises as text[])) or park_code = any(cast(:parks as text[])))");
			p.put("enterprises", reach.enterprises().toArray(String[]::new));
			p.put("parks", reach.parks().toArray(String[]::new));
		}
		if (f.creditCode() != null) {
			where.add("credit_code = :credit");
			p.put("credit", f.creditCode());
		}
		if (f.parkCode() != null) {
			where.add("park_code = :park");
			p.put("park", f.parkCode());
		}
		if (f.year() != null) {
			where.add("year = :year");
			p.put("year", f.year());
		}
		if (f.status() != null) {
			where.add("status = :status");
			p.put("status", f.status().name());
		}
		if (f.parkLevel() != null) {
			where.add(f.parkLevel() ? "credit_code is null" : "credit_code is not null");
		}
		List<Submission> list = jdbc.sql("select " + COLUMNS + " from ind_submission where " + String.join(" and ", where)
				+ " order by year desc, park_code, credit_code nulls first, revision desc limit :limit")
			.params(p).param("limit", limit)
			.query(this::row).list();
		return withValues(list);
	}

	private List<Submission> withValues(List<Submission> list) {
		Map<Long, List<Submission.Value>> values = values(list.stream().map(Submission::id).toList());
		return list.stream().map(s -> s.withValues(values.getOrDefault(s.id(), List.of()))).toList();
	}

	private Map<Long, List<Submission.Value>> values(List<Long> ids) {
		Map<Long, List<Submission.Value>> m = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return m;
		}
		jdbc.sql("""
				select v.submission_id, v.item, v.value, v.unit, v.canonical, v.price_base_year from ind_submission_value v
				join indicator_item i on i.code = v.item
				where v.submission_id = any(cast(:ids as bigint[])) order by v.submission_id, i.level, v.item""")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Submission.Value(rs.getString(2), Quantity.plain(rs.getBigDecimal(3)), rs.getString(4),
						Quantity.plain(rs.getBigDecimal(5)), (Integer) rs.getObject(6))))
			.list();
		return m;
	}

	private Submission row(ResultSet rs, int n) throws SQLException {
		String confirmed = rs.getString("confirmed");
		return new Submission(rs.getLong("id"), rs.getString("credit_code"), rs.getString("park_code"), rs.getInt("year"),
				rs.getInt("revision"), Submission.Status.valueOf(rs.getString("status")), rs.getBoolean("on_behalf"),
				rs.getString("comment"),
				confirmed == null ? List.of() : json.readValue(confirmed, new TypeReference<List<SubmissionRules.Finding>>() {
				}), rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getString("submitted_by"),
				instant(rs.getTimestamp("submitted_at")), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
				List.of(), rs.getLong("version"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
