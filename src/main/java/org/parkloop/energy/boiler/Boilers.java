package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.energy.engine.BoilerDeadlines;
import org.parkloop.energy.engine.ChinaCoordinates;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.platform.RowVersions;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Caller;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boilers (R10): entered by their enterprise or its park's office (or CITY), read by them and by the offices that
 * read the park (an enterprise sees only its own). A location given in GCJ-02 or BD-09 is stored in WGS-84; without
 * one the enterprise's is used. Status changes are dated, in order, and a conversion names the new fuel.
 */
@Service
@Transactional
public class Boilers {

	private final BoilerStore store;
	private final EnterpriseRegistry enterprises;
	private final ParkAccess access;
	private final ParkCatalog parks;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;
	private final RowVersions versions;
	private final org.parkloop.energy.geo.GeoLayers layers;
	private final org.springframework.context.ApplicationEventPublisher events;

	Boilers(BoilerStore store, EnterpriseRegistry enterprises, ParkAccess access, ParkCatalog parks,
			CurrentCaller callers, Audit audit, Clock clock, JdbcClient jdbc, org.parkloop.energy.geo.GeoLayers layers,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.layers = layers;
		this.store = store;
		this.enterprises = enterprises;
		this.access = access;
		this.parks = parks;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
		this.versions = new RowVersions(jdbc, "boiler", "id");
	}

	Boiler create(BoilerCommand c) {
		Inputs.check(c);
		EnterpriseRegistry.Profile enterprise = c.creditCode() == null ? null
				: enterprises.profile(c.creditCode().strip()).orElse(null);
		if (enterprise == null) {
			throw new InvalidInput(List.of(new FieldProblem("creditCode", "boiler.enterpriseUnknown", c.creditCode())));
		}
		checkWrite(enterprise.creditCode(), enterprise.parkCode());
		Boiler b = read(c, enterprise, 0);
		long id = store.insert(b, callers.get().username());
		audit.record("CREATE", "boiler", String.valueOf(id), enterprise.creditCode() + " " + b.capacity() + " "
				+ b.capacityUnit() + " " + b.commissionedFuel());
		events.publishEvent(new EnergyDataChanged(enterprise.parkCode()));
		return get(id);
	}

	Boiler update(long id, BoilerCommand c, ExpectedVersion expected) {
		Boiler now = get(id);
		checkWrite(now.creditCode(), now.parkCode());
		Inputs.check(c);
		EnterpriseRegistry.Profile enterprise = enterprises.profile(now.creditCode()).orElseThrow();
		Boiler b = read(c, enterprise, id);
		versions.claim(id, expected, () -> new NotFound("boiler.notFound", id));
		store.update(id, b);
		audit.record("UPDATE", "boiler", String.valueOf(id), b.capacity() + " " + b.capacityUnit() + " " + b.commissionedFuel());
		events.publishEvent(new EnergyDataChanged(now.parkCode()));
		return get(id);
	}

	/** A dated status change: in date order, not in the future; a conversion names a fuel other than today's. */
	Boiler change(long id, BoilerCommand.ChangeCommand c) {
		Boiler b = get(id);
		checkWrite(b.creditCode(), b.parkCode());
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		BoilerDeadlines.Status status = Inputs.constant(BoilerDeadlines.Status.class, c.status(), "status",
				"boiler.statusValue", problems);
		BoilerDeadlines.Fuel fuel = c.fuel() == null || c.fuel().isBlank() ? null
				: Inputs.constant(BoilerDeadlines.Fuel.class, c.fuel(), "fuel", "boiler.fuelValue", problems);
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "boiler.changeDate"));
		}
		if (status == BoilerDeadlines.Status.CONVERTED && (fuel == null || fuel == b.fuel())) {
			problems.add(new FieldProblem("fuel", "boiler.convertedFuel"));
		}
		if (status != null && status != BoilerDeadlines.Status.CONVERTED && fuel != null) {
			problems.add(new FieldProblem("fuel", "boiler.fuelOnlyWhenConverted"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!b.changes().isEmpty() && c.date().isBefore(b.changes().get(b.changes().size() - 1).date())) {
			throw new Refused("date", List.of(Refused.Reason.of("boiler.changeBeforeLast", "R10",
					b.changes().get(b.changes().size() - 1).date())));
		}
		if (b.status() == BoilerDeadlines.Status.ELIMINATED) {
			throw new Refused("status", List.of(Refused.Reason.of("boiler.eliminated", "R10")));
		}
		versions.claim(id, ExpectedVersion.ANY, () -> new NotFound("boiler.notFound", id));
		store.change(id, new Boiler.Change(c.date(), status, fuel, callers.get().username()));
		audit.record("CHANGE", "boiler", String.valueOf(id), c.date() + " " + status + (fuel == null ? "" : " " + fuel));
		events.publishEvent(new EnergyDataChanged(b.parkCode()));
		return get(id);
	}

	@Transactional(readOnly = true)
	Boiler get(long id) {
		Boiler b = store.find(id).orElseThrow(() -> new NotFound("boiler.notFound", id));
		if (!mayRead(b)) {
			throw new Forbidden("access.boiler", id);
		}
		return withCoverage(List.of(b), b.parkCode(), LocalDate.now(clock)).get(0);
	}

	/** The boilers the caller may read, optionally of one park, with whether they lie in coverage on the day. */
	@Transactional(readOnly = true)
	public List<Boiler> list(String parkCode, LocalDate date) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		Caller c = callers.get();
		List<String> offices = (parkCode == null ? parks.all().stream() : parks.find(parkCode).stream())
			.filter(access::canReadAsOffice).map(p -> p.code()).toList();
		return withCoverage(store.of(parkCode, offices, List.copyOf(c.scopes(Role.ENTERPRISE)), c.has(Role.CITY)),
				parkCode, day);
	}

	/**
	 * {@code insideCoverage} computed from the coverage areas in force on the day (null for a park without any): those
	 * of the one park the boilers are of, or of every park when {@code parkCode} is null.
	 */
	private List<Boiler> withCoverage(List<Boiler> list, String parkCode, LocalDate day) {
		var coverage = new org.parkloop.energy.geo.AreaIndex(layers.inForce("heat-coverage", parkCode, day));
		return list.stream().map(b -> new Boiler(b.id(), b.creditCode(), b.parkCode(), b.name(), b.capacity(),
				b.capacityUnit(), b.tonnesPerHour(), b.commissionedFuel(), b.fuel(), b.status(), b.heatSource(),
				b.commissioningYear(), b.latitude(), b.longitude(), b.crs(), coverage.inside(b.parkCode(), b.latitude(),
						b.longitude()), b.annualCoalTonnes(), b.operatingHours(), b.changes(), b.version()))
			.toList();
	}

	private boolean mayRead(Boiler b) {
		return mayRead(b.creditCode(), b.parkCode());
	}

	/** CITY, the enterprise itself, the offices that read its park. */
	boolean mayRead(String creditCode, String parkCode) {
		Caller c = callers.get();
		return c.has(Role.CITY) || c.scopes(Role.ENTERPRISE).contains(creditCode)
				|| parks.find(parkCode).filter(access::canReadAsOffice).isPresent();
	}

	private void checkWrite(String creditCode, String parkCode) {
		if (!mayWrite(creditCode, parkCode)) {
			throw new Forbidden("access.boiler.write", creditCode);
		}
	}

	/** The enterprise itself, its park's office or CITY. */
	boolean mayWrite(String creditCode, String parkCode) {
		Caller c = callers.get();
		return c.has(Role.CITY) || c.scopes(Role.ENTERPRISE).contains(creditCode) || c.scopes(Role.PARK).contains(parkCode);
	}

	/** The command as a boiler of the enterprise, every problem at once. */
	Boiler read(BoilerCommand c, EnterpriseRegistry.Profile enterprise, long id) {
		List<FieldProblem> problems = new ArrayList<>();
		String unit = c.capacityUnit() == null ? "t/h" : c.capacityUnit().strip();
		if (!unit.equals("t/h") && !unit.equals("MW")) {
			problems.add(new FieldProblem("capacityUnit", "boiler.unit"));
		}
		if (c.capacity() == null || c.capacity().signum() <= 0) {
			problems.add(new FieldProblem("capacity", "boiler.capacity"));
		}
		BoilerDeadlines.Fuel fuel = Inputs.constant(BoilerDeadlines.Fuel.class, c.fuel(), "fuel", "boiler.fuelValue",
				problems);
		ChinaCoordinates.Crs crs = c.crs() == null || c.crs().isBlank() ? ChinaCoordinates.Crs.WGS84
				: Inputs.constant(ChinaCoordinates.Crs.class, c.crs(), "crs", "boiler.crsValue", problems);
		Double lat = c.latitude() != null ? c.latitude() : c.longitude() == null ? enterprise.latitude() : null;
		Double lng = c.longitude() != null ? c.longitude() : c.latitude() == null ? enterprise.longitude() : null;
		if (lat == null || lng == null) {
			problems.add(new FieldProblem(lat == null ? "latitude" : "longitude", "boiler.location"));
		}
		if (c.commissioningYear() != null && c.commissioningYear() > LocalDate.now(clock).getYear()) {
			problems.add(new FieldProblem("commissioningYear", "boiler.commissioningYear"));
		}
		if (c.annualCoalTonnes() != null && c.annualCoalTonnes().signum() < 0) {
			problems.add(new FieldProblem("annualCoalTonnes", "boiler.coal"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		ChinaCoordinates.Point wgs = ChinaCoordinates.toWgs84(crs, new ChinaCoordinates.Point(lat, lng));
		BigDecimal tonnes = unit.equals("MW") ? BoilerDeadlines.tonnesPerHour(c.capacity()) : c.capacity();
		return new Boiler(id, enterprise.creditCode(), enterprise.parkCode(), c.name() == null ? null : c.name().strip(),
				c.capacity(), unit, tonnes, fuel, fuel, BoilerDeadlines.Status.IN_USE, Boolean.TRUE.equals(c.heatSource()),
				c.commissioningYear(), wgs.lat(), wgs.lng(), crs.name(), null, c.annualCoalTonnes(), c.operatingHours(),
				List.of(), 0);
	}
}
