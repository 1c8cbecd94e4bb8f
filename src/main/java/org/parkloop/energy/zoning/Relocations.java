package org.parkloop.energy.zoning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.parkloop.energy.geo.AreaIndex;
import org.parkloop.energy.geo.GeoLayers;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
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
 * R7: the enterprises whose location lies inside a restricted zoning area in force (any park's), each flagged with
 * the area's restriction, and the relocation or conversion case a park's office (or CITY) opens for a flagged
 * enterprise and closes with a dated outcome. Offices read the flags of the parks they read.
 */
@Service
@Transactional
public class Relocations {

	/** An enterprise inside a zoning area, with its case (the latest) when one was opened. */
	public record Flag(String creditCode, String name, String parkCode, long zoneId, String zoneName,
			String zoneParkCode, String restriction, String source, Relocation relocation) {
	}

	record OpenCommand(@Size(max = 18) String creditCode, @Size(max = 10) String action, LocalDate date,
			@Size(max = 1000) String note) {
	}

	record OutcomeCommand(@Size(max = 10) String outcome, LocalDate date, @Size(max = 1000) String note) {
	}

	private final JdbcClient jdbc;
	private final GeoLayers layers;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	Relocations(JdbcClient jdbc, GeoLayers layers, EnterpriseRegistry enterprises, ParkCatalog parks, ParkAccess access,
			CurrentCaller callers, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.layers = layers;
		this.enterprises = enterprises;
		this.parks = parks;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The flags of one park (read as an office) or of every park the caller reads as an office, on a day. */
	@Transactional(readOnly = true)
	public List<Flag> flags(String parkCode, LocalDate date) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		List<String> codes = parkCode != null ? List.of(access.checkReadAsOffice(parkCode).code())
				: parks.all().stream().filter(access::canReadAsOffice).map(ParkView::code).toList();
		return flags(enterprises.profilesIn(codes), new AreaIndex(layers.inForce("zoning", null, day)));
	}

	/** The enterprises inside an area of the index, each with every area it lies in. */
	List<Flag> flags(List<EnterpriseRegistry.Profile> located, AreaIndex zones) {
		Map<String, Relocation> cases = latestCases(located.stream().map(EnterpriseRegistry.Profile::creditCode).toList());
		List<Flag> out = new ArrayList<>();
		for (EnterpriseRegistry.Profile e : located) {
			if (e.latitude() == null || e.longitude() == null) {
				continue;
			}
			for (GeoLayers.Feature z : zones.at(e.latitude(), e.longitude())) {
				out.add(new Flag(e.creditCode(), e.name(), e.parkCode(), z.id(), z.name(), z.parkCode(), z.restriction(),
						z.source(), cases.get(e.creditCode())));
			}
		}
		return out;
	}

	/** Opens a case for a flagged enterprise (its park's office or CITY); one open case per enterprise. */
	public Relocation open(OpenCommand c) {
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Relocation.Action action = Inputs.constant(Relocation.Action.class, c.action(), "action", "relocation.action",
				problems);
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "relocation.date"));
		}
		EnterpriseRegistry.Profile e = c.creditCode() == null ? null : enterprises.profile(c.creditCode()).orElse(null);
		if (e == null) {
			problems.add(new FieldProblem("creditCode", "boiler.enterpriseUnknown", c.creditCode()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		checkWrite(e.parkCode());
		List<Flag> flags = flags(List.of(e), new AreaIndex(layers.inForce("zoning", null, c.date())));
		if (flags.isEmpty()) {
			throw new Refused("creditCode", List.of(Refused.Reason.of("relocation.notFlagged", "R7", e.name())));
		}
		if (flags.get(0).relocation() != null && flags.get(0).relocation().outcome() == Relocation.Outcome.OPEN) {
			throw new Refused("creditCode", List.of(Refused.Reason.of("relocation.alreadyOpen", "R7", e.name())));
		}
		Flag f = flags.get(0);
		long id = jdbc.sql("""
				insert into energy_relocation (credit_code, park_code, zone_name, restriction, action, opened_on, note, opened_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(e.creditCode(), e.parkCode(), f.zoneName(), f.restriction(), action.name(), c.date(), c.note(),
					callers.get().username())
			.query(Long.class).single();
		audit.record("CREATE", "energy_relocation", String.valueOf(id), e.creditCode() + " " + action + " " + c.date());
		return get(id);
	}

	/** Closes an open case with its outcome, on or after the day it was opened and not in the future. */
	public Relocation decide(long id, OutcomeCommand c) {
		Relocation r = get(id);
		checkWrite(r.parkCode());
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Relocation.Outcome outcome = Inputs.constant(Relocation.Outcome.class, c.outcome(), "outcome",
				"relocation.outcome", problems);
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock)) || c.date().isBefore(r.openedOn())) {
			problems.add(new FieldProblem("date", "relocation.outcomeDate", r.openedOn()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!r.next().contains(outcome)) {
			throw new Refused("outcome", List.of(Refused.Reason.of("relocation.transition", "R7", r.outcome(), outcome)));
		}
		int changed = jdbc.sql("""
				update energy_relocation set outcome = ?, outcome_on = ?, outcome_note = ?
				where id = ? and outcome = 'OPEN'""").params(outcome.name(), c.date(), c.note(), id).update();
		if (changed == 0) {
			throw new Refused("outcome", List.of(Refused.Reason.of("relocation.transition", "R7", r.outcome(), outcome)));
		}
		audit.record("DECIDE", "energy_relocation", String.valueOf(id), outcome + " " + c.date());
		return get(id);
	}

	@Transactional(readOnly = true)
	public Relocation get(long id) {
		Relocation r = select("where id = ?", id).stream().findFirst()
			.orElseThrow(() -> new NotFound("relocation.notFound", id));
		if (parks.find(r.parkCode()).filter(access::canReadAsOffice).isEmpty()) {
			throw new Forbidden("access.park", r.parkCode());
		}
		return r;
	}

	/** The cases of one park or of every park the caller reads as an office. */
	@Transactional(readOnly = true)
	public List<Relocation> list(String parkCode) {
		List<String> codes = parkCode != null ? List.of(access.checkReadAsOffice(parkCode).code())
				: parks.all().stream().filter(access::canReadAsOffice).map(ParkView::code).toList();
		return codes.isEmpty() ? List.of() : select("where park_code = any(?) order by opened_on, id",
				(Object) codes.toArray(String[]::new));
	}

	private Map<String, Relocation> latestCases(List<String> creditCodes) {
		if (creditCodes.isEmpty()) {
			return Map.of();
		}
		return select("where credit_code = any(?) order by opened_on, id", (Object) creditCodes.toArray(String[]::new))
			.stream().collect(Collectors.toMap(Relocation::creditCode, Function.identity(), (a, b) -> b));
	}

	private List<Relocation> select(String where, Object... params) {
		return jdbc.sql("""
				select id, credit_code, park_code, zone_name, restriction, action, opened_on, note, outcome, outcome_on,
				       outcome_note from energy_relocation""" + " " + where)
			.params(params)
			.query((rs, n) -> new Relocation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), Relocation.Action.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(), rs.getString(8),
					Relocation.Outcome.valueOf(rs.getString(9)),
					rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), rs.getString(11)))
			.list();
	}

	private void checkWrite(String parkCode) {
		if (!callers.get().has(Role.CITY) && !callers.get().scopes(Role.PARK).contains(parkCode)) {
			throw new Forbidden("access.relocation.write", parkCode);
		}
	}
}
