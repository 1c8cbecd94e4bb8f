package org.parkloop.materialflow.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.parkloop.materialflow.ModelReferences;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Jobs;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's recycle bin (回收站) of material flow models: a deleted model can be restored for 30 days, then it is gone.
 * A model another record rests on ({@link ModelReferences}) is not deleted; the refusal says what refers to it.
 */
@Service
@Transactional(readOnly = true)
public class ModelBin {

	static final int DAYS = 30;

	/** A deleted model, restorable until {@code restorableUntil} (inclusive). */
	public record Binned(long id, String parkCode, int year, String scenario, String name, Instant deletedAt,
			String deletedBy, LocalDate restorableUntil) {
	}

	private final JdbcClient jdbc;
	private final ParkModels models;
	private final org.springframework.beans.factory.ObjectProvider<ModelReferences> references;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;
	private final RowVersions versions;

	private final Jobs jobs;

	ModelBin(JdbcClient jdbc, ParkModels models,
			org.springframework.beans.factory.ObjectProvider<ModelReferences> references, CurrentCaller callers,
			Audit audit, Clock clock, Jobs jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.models = models;
		this.references = references;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
		this.versions = new RowVersions(jdbc, "mfa_model", "id");
	}

	@Transactional
	public void delete(long id, ExpectedVersion expected) {
		ParkModels.Stored s = models.forChange(id);
		versions.claim(id, expected, () -> new NotFound("mfa.model.notFound", id));
		for (ModelReferences r : references.orderedStream().toList()) {
			Optional<String> by = r.referenceTo(id);
			if (by.isPresent()) {
				throw new Refused("mfa.model.referenced", null, s.summary().name(), by.get());
			}
		}
		purge();
		jdbc.sql("update mfa_model set deleted_at = ?, deleted_by = ? where id = ?")
			.params(java.sql.Timestamp.from(clock.instant()), callers.get().username(), id).update();
		audit.record("DELETE", "mfa_model", Long.toString(id), s.summary().parkCode() + " " + s.summary().year() + " "
				+ s.summary().scenario() + " " + s.summary().name());
	}

	@Transactional
	public ParkModels.Stored restore(long id) {
		Binned b = binned(id).orElseThrow(() -> new NotFound("mfa.model.notFound", id));
		models.checkRead(b.parkCode());
		models.checkChange(b.parkCode());
		if (jdbc.sql("select count(*) from mfa_model where park_code = ? and year = ? and scenario = ? and deleted_at is null")
			.params(b.parkCode(), b.year(), b.scenario()).query(Integer.class).single() > 0) {
			throw new Refused("mfa.model.restoreTaken", null, b.name(), b.year(), b.scenario());
		}
		versions.claim(id, ExpectedVersion.ANY, () -> new NotFound("mfa.model.notFound", id));
		jdbc.sql("update mfa_model set deleted_at = null, deleted_by = null where id = ?").param(id).update();
		audit.record("RESTORE", "mfa_model", Long.toString(id), b.name());
		return models.get(id);
	}

	/** The park's deleted models that can still be restored, most recently deleted first. */
	public List<Binned> of(String parkCode) {
		models.checkRead(parkCode);
		return jdbc.sql(SELECT + " where park_code = ? and deleted_at >= ? order by deleted_at desc")
			.params(parkCode, java.sql.Timestamp.from(cutoff()))
			.query((rs, n) -> binned(rs))
			.list();
	}

	private Optional<Binned> binned(long id) {
		return jdbc.sql(SELECT + " where id = ? and deleted_at >= ?").params(id, java.sql.Timestamp.from(cutoff()))
			.query((rs, n) -> binned(rs)).optional();
	}

	/** Models deleted more than 30 days ago are gone for good (on each deletion, and nightly by {@link #nightly}). */
	void purge() {
		jdbc.sql("delete from mfa_model where deleted_at < ?").param(java.sql.Timestamp.from(cutoff())).update();
	}

	/** Each night at 03:30, on one node of however many share the database. */
	@org.springframework.scheduling.annotation.Scheduled(cron = "0 30 3 * * *", zone = "${parkloop.zone:Asia/Shanghai}")
	void nightly() {
		purgeOnce();
	}

	/** Purges unless today's purge ran already, here or on another node; whether it ran here. */
	boolean purgeOnce() {
		return jobs.once("model-bin-purge", java.time.LocalDate.now(clock).toString(), this::purge);
	}

	private Instant cutoff() {
		return clock.instant().minus(DAYS, ChronoUnit.DAYS);
	}

	private static final String SELECT = "select id, park_code, year, scenario, name, deleted_at, deleted_by from mfa_model";

	private Binned binned(java.sql.ResultSet rs) throws java.sql.SQLException {
		Instant at = rs.getTimestamp(6).toInstant();
		return new Binned(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), at,
				rs.getString(7), LocalDate.ofInstant(at.plus(DAYS, ChronoUnit.DAYS), clock.getZone()));
	}
}
