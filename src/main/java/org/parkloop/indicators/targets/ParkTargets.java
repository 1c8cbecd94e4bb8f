package org.parkloop.indicators.targets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.ParkIndicators.Target;
import org.parkloop.indicators.ParkIndicators.Targets;
import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.parkloop.shared.Quantity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's targets: base year with baselines, target year with targets, per indicator. Entered by the park's PARK
 * office or CITY until an approved plan supplies them; from then on they are the plan's (locked) and change only with
 * an approved revision of it (R15, R17).
 */
@Service
@Transactional
class ParkTargets {

	private final JdbcClient jdbc;
	private final IndicatorCatalogue catalogue;
	private final CurrentCaller callers;
	private final Audit audit;
	private final org.parkloop.platform.RowVersions versions;

	ParkTargets(JdbcClient jdbc, IndicatorCatalogue catalogue, CurrentCaller callers, Audit audit) {
		this.versions = new org.parkloop.platform.RowVersions(jdbc, "ind_target_set", "park_code");
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.callers = callers;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Optional<Targets> of(String parkCode) {
		List<Target> list = jdbc.sql("select code, baseline, target from ind_target where park_code = ? order by code")
			.param(parkCode)
			.query((rs, n) -> new Target(rs.getString(1), Quantity.plain(rs.getBigDecimal(2)), Quantity.plain(rs.getBigDecimal(3))))
			.list();
		return jdbc.sql("select base_year, target_year, source, plan_ref, version from ind_target_set where park_code = ?")
			.param(parkCode)
			.query((rs, n) -> new Targets(rs.getInt(1), rs.getInt(2), list, rs.getString(3), rs.getString(4), rs.getLong(5)))
			.optional();
	}

	/** The park's PARK office or CITY enters targets, unless a plan has set them. */
	Targets enter(ParkView park, Targets t, ExpectedVersion expected) {
		if (!callers.get().has(Role.CITY) && !callers.get().scopes(Role.PARK).contains(park.code())) {
			throw new Forbidden("access.targets", park.code());
		}
		check(t);
		Optional<Targets> now = lock(park.code());
		if (now.isPresent() && "PLAN".equals(now.get().source())) {
			throw new Refused(null, List.of(Refused.Reason.of("targets.locked", "R17", now.get().planRef())));
		}
		if (now.isPresent()) {
			claim(park.code(), expected);
		}
		store(park.code(), t, "ENTERED", null);
		return of(park.code()).orElseThrow();
	}

	/** Set from an approved plan (the transformation module's call): the plan's targets, locked. */
	void fromPlan(String parkCode, Targets t, String planRef) {
		check(t);
		if (lock(parkCode).isPresent()) {
			claim(parkCode, ExpectedVersion.ANY);
		}
		store(parkCode, t, "PLAN", planRef);
	}

	/** A park's set of targets claimed for a change, with the version the writer read (the platform's optimistic lock). */
	private void claim(String parkCode, ExpectedVersion expected) {
		versions.claim(parkCode, expected, () -> new org.parkloop.shared.NotFound("park.notFound", parkCode));
	}

	private Optional<Targets> lock(String parkCode) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('ind_target:' || ?))").param(parkCode).query().listOfRows();
		return of(parkCode);
	}

	private void store(String parkCode, Targets t, String source, String planRef) {
		String by = callers.get().username() == null ? "system" : callers.get().username();
		jdbc.sql("""
				insert into ind_target_set (park_code, base_year, target_year, source, plan_ref, updated_by)
				values (?, ?, ?, ?, ?, ?)
				on conflict (park_code) do update set base_year = excluded.base_year, target_year = excluded.target_year,
				    source = excluded.source, plan_ref = excluded.plan_ref, updated_by = excluded.updated_by,
				    updated_at = now()""")
			.params(parkCode, t.baseYear(), t.targetYear(), source, planRef, by)
			.update();
		jdbc.sql("delete from ind_target where park_code = ?").param(parkCode).update();
		for (Target target : t.indicators()) {
			jdbc.sql("insert into ind_target (park_code, code, baseline, target) values (?, ?, ?, ?)")
				.params(parkCode, target.code(), target.baseline(), target.target())
				.update();
		}
		audit.record("PLAN".equals(source) ? "PLAN_TARGETS" : "UPDATE", "ind_target_set", parkCode,
				t.baseYear() + "→" + t.targetYear() + " " + t.indicators().stream()
					.map(x -> x.code() + ": " + x.baseline() + " → " + x.target()).toList()
				+ (planRef == null ? "" : " (" + planRef + ")"));
	}

	private void check(Targets t) {
		org.parkloop.platform.Inputs.check(t);
		List<FieldProblem> problems = new ArrayList<>();
		if (t.baseYear() == null) {
			problems.add(new FieldProblem("baseYear", "validation.required"));
		}
		if (t.targetYear() == null) {
			problems.add(new FieldProblem("targetYear", "validation.required"));
		}
		if (t.baseYear() != null && t.targetYear() != null && t.targetYear() <= t.baseYear()) {
			problems.add(new FieldProblem("targetYear", "targets.afterBase"));
		}
		if (t.indicators() == null || t.indicators().isEmpty()) {
			problems.add(new FieldProblem("indicators", "validation.required"));
		}
		else {
			Set<String> codes = catalogue.versions().stream().map(IndicatorCatalogue.Definition::code).collect(Collectors.toSet());
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < t.indicators().size(); i++) {
				Target x = t.indicators().get(i);
				String at = "indicators[" + i + "].";
				if (x == null || x.code() == null || !codes.contains(x.code())) {
					problems.add(new FieldProblem(at + "code", "indicator.definition.notFound", x == null ? "" : x.code()));
				}
				else if (!seen.add(x.code())) {
					problems.add(new FieldProblem(at + "code", "targets.duplicate", x.code()));
				}
				if (x != null && (x.target() == null || x.target().signum() < 0)) {
					problems.add(new FieldProblem(at + "target", "targets.value"));
				}
				if (x != null && x.baseline() != null && (x.baseline().signum() < 0)) {
					problems.add(new FieldProblem(at + "baseline", "targets.value"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
