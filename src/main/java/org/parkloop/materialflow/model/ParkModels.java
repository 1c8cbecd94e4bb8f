package org.parkloop.materialflow.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Versioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each park's material flow models (R13, R14), per year and scenario. The park's offices read them (CITY, the
 * county, the park, its consultant); CITY, the park and its consultant change them. Enterprises do not see them:
 * a park model holds every enterprise's flows.
 */
@Service
@Transactional(readOnly = true)
public class ParkModels {

	/** A stored model; {@code version} is its optimistic lock (also the {@code ETag}). */
	public record Summary(long id, String parkCode, int year, String scenario, String name, int processes, int flows,
			String updatedBy, Instant updatedAt, long version) implements Versioned {
	}

	public record Stored(Summary summary, ModelDocument document) {
	}

	public record NewModel(@Size(max = 200) String name, @Min(2000) @Max(2100) Integer year,
			@Size(max = 100) String scenario, @Valid ModelDocument document) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ModelAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final ExchangeDeliveries deliveries;
	private final RowVersions versions;

	ParkModels(JdbcClient jdbc, JsonMapper json, ModelAccess access, CurrentCaller callers, Audit audit,
			ExchangeDeliveries deliveries) {
		this.deliveries = deliveries;
		this.versions = new RowVersions(jdbc, "mfa_model", "id");
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
	}

	public List<Summary> of(String parkCode) {
		checkRead(parkCode);
		return jdbc.sql("select id from mfa_model where park_code = ? and deleted_at is null order by year desc, scenario")
			.param(parkCode).query(Long.class).list().stream().map(id -> load(id).summary()).toList();
	}

	/** The models of every park the caller reads as an office, by park in list order. */
	public List<Summary> visible() {
		List<String> readable = jdbc.sql("select distinct park_code from mfa_model where deleted_at is null")
			.query(String.class).list().stream().filter(access::canRead).toList();
		return jdbc.sql("select id from mfa_model where deleted_at is null and park_code = any(?) order by park_code, year desc, scenario")
			.param(readable.toArray(String[]::new)).query(Long.class).list().stream().map(id -> load(id).summary()).toList();
	}

	/** What a user sends to rename a model: its name and scenario (the year stays), and the version renamed. */
	public record Rename(@Size(max = 200) String name, @Size(max = 100) String scenario,
			@Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	@Transactional
	public Stored rename(long id, Rename r, ExpectedVersion expected) {
		Stored s = forChange(id);
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(r));
		if (r.name() == null || r.name().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		String scenario = r.scenario() == null || r.scenario().isBlank() ? s.summary().scenario() : r.scenario().trim();
		if (problems.isEmpty() && jdbc.sql("""
				select count(*) from mfa_model where park_code = ? and year = ? and scenario = ? and id <> ? and deleted_at is null""")
			.params(s.summary().parkCode(), s.summary().year(), scenario, id).query(Integer.class).single() > 0) {
			problems.add(new FieldProblem("scenario", "mfa.model.exists", s.summary().year(), scenario));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(org.parkloop.platform.Forms.firstPerField(problems));
		}
		claim(id, expected);
		jdbc.sql("update mfa_model set name = ?, scenario = ? where id = ?").params(r.name().trim(), scenario, id).update();
		audit.record("RENAME", "mfa_model", Long.toString(id), s.summary().name() + " → " + r.name().trim());
		return load(id);
	}

	public Stored get(long id) {
		Stored s = load(id);
		checkRead(s.summary().parkCode());
		return s;
	}

	/** The model, for a caller who may change it (checked before anything is read from the request). */
	public Stored forChange(long id) {
		Stored s = get(id);
		checkChange(s.summary().parkCode());
		return s;
	}

	public boolean canChange(String parkCode) {
		return access.canChange(parkCode);
	}

	@Transactional
	public Stored create(String parkCode, NewModel m) {
		checkRead(parkCode);
		checkChange(parkCode);
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(m));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (m.name() == null || m.name().isBlank()) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		if (m.year() == null || m.year() < 2000 || m.year() > 2100) {
			problems.add(new FieldProblem("year", "park.batch.range", m.year() == null ? "" : m.year()));
		}
		String scenario = m.scenario() == null || m.scenario().isBlank() ? "基准" : m.scenario().trim();
		if (problems.isEmpty() && jdbc.sql("select count(*) from mfa_model where park_code = ? and year = ? and scenario = ? and deleted_at is null")
			.params(parkCode, m.year(), scenario).query(Integer.class).single() > 0) {
			problems.add(new FieldProblem("scenario", "mfa.model.exists", m.year(), scenario));
		}
		ModelDocument doc = m.document() == null ? ModelDocument.empty() : m.document();
		problems.addAll(doc.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id = jdbc.sql("""
				insert into mfa_model (park_code, year, scenario, name, document, updated_by)
				values (?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
			.params(parkCode, m.year(), scenario, m.name().trim(), json.writeValueAsString(doc), callers.get().username())
			.query(Long.class).single();
		audit.record("CREATE", "mfa_model", Long.toString(id), parkCode + " " + m.year() + " " + scenario);
		return load(id);
	}

	/** Replaces the document (the API's PUT, an imported file) if the model is still at the version expected. */
	@Transactional
	public Stored replace(long id, ModelDocument doc, ExpectedVersion expected) {
		forChange(id);
		checked(doc);
		claim(id, expected);
		return store(id, doc);
	}

	/** An edit of the document as it stands (a page's added or deleted flow), made under the model's lock. */
	@Transactional
	public Stored change(long id, UnaryOperator<ModelDocument> edit) {
		Stored s = claim(id, ExpectedVersion.ANY);
		return store(id, checked(edit.apply(s.document())));
	}

	/** Every change of a model starts here, in its transaction (see {@link RowVersions}): the model as it now is. */
	private Stored claim(long id, ExpectedVersion expected) {
		forChange(id);
		versions.claim(id, expected, () -> new NotFound("mfa.model.notFound", id));
		return load(id);
	}

	private static ModelDocument checked(ModelDocument doc) {
		List<FieldProblem> problems = doc.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return doc;
	}

	private Stored store(long id, ModelDocument doc) {
		jdbc.sql("update mfa_model set document = cast(? as jsonb), updated_by = ?, updated_at = now() where id = ?")
			.params(json.writeValueAsString(doc.withVersion(null)), callers.get().username(), id).update();
		audit.record("UPDATE", "mfa_model", Long.toString(id),
				doc.processes().size() + " processes, " + doc.flows().size() + " flows");
		return load(id);
	}

	/**
	 * What taking the exchange's deliveries added: the new flows, the processes that were given unknown other inputs
	 * or outputs (their names), and the model after.
	 */
	public record Pulled(int added, List<String> completed, Summary summary) {
	}

	/**
	 * Takes the completed exchange deliveries of the model's year (in tonnes) as flows between the enterprises'
	 * processes, adding the processes that are missing; a delivery already taken is updated, not repeated.
	 */
	@Transactional
	public Pulled pullExchangeDeliveries(long id) {
		Stored s = claim(id, ExpectedVersion.ANY);
		ExchangeDeliveries.Pulled p = deliveries.pull(s.document(), s.summary().parkCode(), s.summary().year());
		return new Pulled(p.added(), p.completed(), store(id, checked(p.document())).summary());
	}

	void checkRead(String parkCode) {
		access.checkRead(parkCode);
	}

	void checkChange(String parkCode) {
		access.checkChange(parkCode);
	}

	/** A model that is not in the recycle bin. */
	private Stored load(long id) {
		return jdbc.sql("select id, park_code, year, scenario, name, document::text, updated_by, updated_at, version from mfa_model where id = ? and deleted_at is null")
			.param(id)
			.query((rs, n) -> {
				ModelDocument doc = json.readValue(rs.getString(6), ModelDocument.class).withVersion(rs.getLong(9));
				return new Stored(new Summary(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						doc.processes().size(), doc.flows().size(), rs.getString(7), rs.getTimestamp(8).toInstant(),
						rs.getLong(9)), doc);
			})
			.optional()
			.orElseThrow(() -> new NotFound("mfa.model.notFound", id));
	}
}
