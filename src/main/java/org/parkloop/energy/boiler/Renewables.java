package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.platform.RowVersions;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.Caller;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R12's installations: registered and changed by their enterprise, its park's office or CITY, read as boilers are
 * (an enterprise its own, the offices that read the park). Each change hands the park's figures over again.
 */
@Service
@Transactional
class Renewables {

	private static final String SELECT = """
			select id, credit_code, park_code, name, kind, capacity, capacity_unit, electricity_mwh, heat_gj, commissioned_on,
			       decommissioned_on, version from energy_renewable""";

	private final JdbcClient jdbc;
	private final Boilers boilers;
	private final EnterpriseRegistry enterprises;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final RowVersions versions;

	Renewables(JdbcClient jdbc, Boilers boilers, EnterpriseRegistry enterprises, CurrentCaller callers, Audit audit,
			Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.boilers = boilers;
		this.enterprises = enterprises;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.versions = new RowVersions(jdbc, "energy_renewable", "id");
	}

	Renewable create(Renewable.Command c) {
		Inputs.check(c);
		EnterpriseRegistry.Profile e = c.creditCode() == null ? null : enterprises.profile(c.creditCode()).orElse(null);
		if (e == null) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", "boiler.enterpriseUnknown", c.creditCode())));
		}
		if (!boilers.mayWrite(e.creditCode(), e.parkCode())) {
			throw new Forbidden("access.boiler.write", e.creditCode());
		}
		Renewable r = read(c, 0, e);
		long id = jdbc.sql("""
				insert into energy_renewable (credit_code, park_code, name, kind, capacity, capacity_unit, electricity_mwh,
				    heat_gj, commissioned_on, decommissioned_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(r.creditCode(), r.parkCode(), r.name(), r.kind().name(), r.capacity(), r.capacityUnit(),
					r.electricityMwh(), r.heatGj(), r.commissionedOn(), r.decommissionedOn(), callers.get().username())
			.query(Long.class).single();
		audit.record("CREATE", "energy_renewable", String.valueOf(id), e.creditCode() + " " + r.kind() + " "
				+ r.capacity() + " " + r.capacityUnit());
		events.publishEvent(new EnergyDataChanged(r.parkCode()));
		return get(id);
	}

	Renewable update(long id, Renewable.Command c, ExpectedVersion expected) {
		Renewable now = get(id);
		if (!boilers.mayWrite(now.creditCode(), now.parkCode())) {
			throw new Forbidden("access.boiler.write", now.creditCode());
		}
		Inputs.check(c);
		Renewable r = read(c, id, enterprises.profile(now.creditCode()).orElseThrow());
		versions.claim(id, expected, () -> new NotFound("renewable.notFound", id));
		jdbc.sql("""
				update energy_renewable set name = ?, kind = ?, capacity = ?, capacity_unit = ?, electricity_mwh = ?, heat_gj = ?,
				    commissioned_on = ?, decommissioned_on = ? where id = ?""")
			.params(r.name(), r.kind().name(), r.capacity(), r.capacityUnit(), r.electricityMwh(), r.heatGj(),
					r.commissionedOn(), r.decommissionedOn(), id)
			.update();
		audit.record("UPDATE", "energy_renewable", String.valueOf(id), r.kind() + " " + r.capacity() + " "
				+ r.capacityUnit() + (r.decommissionedOn() == null ? "" : " until " + r.decommissionedOn()));
		events.publishEvent(new EnergyDataChanged(r.parkCode()));
		return get(id);
	}

	@Transactional(readOnly = true)
	Renewable get(long id) {
		Renewable r = select(" where id = ?", id).stream().findFirst()
			.orElseThrow(() -> new NotFound("renewable.notFound", id));
		if (!boilers.mayRead(r.creditCode(), r.parkCode())) {
			throw new Forbidden("access.boiler", id);
		}
		return r;
	}

	/** What the caller may read, of one park or of all. */
	@Transactional(readOnly = true)
	List<Renewable> list(String parkCode) {
		return select(" where (cast(? as varchar) is null or park_code = ?) order by park_code, id", parkCode, parkCode)
			.stream().filter(r -> boilers.mayRead(r.creditCode(), r.parkCode())).toList();
	}

	/** Every installation of the park, unchecked: for the figures handed to the indicators. */
	List<Renewable> ofPark(String parkCode) {
		return select(" where park_code = ? order by id", parkCode);
	}

	private List<Renewable> select(String where, Object... params) {
		return jdbc.sql(SELECT + where).params(params)
			.query((rs, n) -> new Renewable(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
					Renewable.Kind.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getString(7), rs.getBigDecimal(8),
					rs.getBigDecimal(9), rs.getDate(10).toLocalDate(),
					rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(), rs.getLong(12)))
			.list();
	}

	private Renewable read(Renewable.Command c, long id, EnterpriseRegistry.Profile e) {
		List<FieldProblem> problems = new ArrayList<>();
		Renewable.Kind kind = Inputs.constant(Renewable.Kind.class, c.kind(), "kind", "renewable.kind", problems);
		String unit = c.capacityUnit() == null ? (kind == Renewable.Kind.SOLAR_THERMAL ? "m²" : "kW") : c.capacityUnit().strip();
		if (!unit.equals("kW") && !unit.equals("m²")) {
			problems.add(new FieldProblem("capacityUnit", "renewable.unit"));
		}
		if (c.capacity() == null || c.capacity().signum() <= 0) {
			problems.add(new FieldProblem("capacity", "boiler.capacity"));
		}
		for (var g : List.of(new Object[] { "electricityMwh", c.electricityMwh() }, new Object[] { "heatGj", c.heatGj() })) {
			if (g[1] != null && ((BigDecimal) g[1]).signum() < 0) {
				problems.add(new FieldProblem((String) g[0], "renewable.generation"));
			}
		}
		if (c.commissionedOn() == null || c.commissionedOn().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("commissionedOn", "renewable.commissioned"));
		}
		else if (c.decommissionedOn() != null && !c.decommissionedOn().isAfter(c.commissionedOn())) {
			problems.add(new FieldProblem("decommissionedOn", "renewable.decommissioned"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Renewable(id, e.creditCode(), e.parkCode(), c.name() == null ? null : c.name().strip(), kind,
				c.capacity(), unit, c.electricityMwh(), c.heatGj(), c.commissionedOn(), c.decommissionedOn(), 0);
	}
}
