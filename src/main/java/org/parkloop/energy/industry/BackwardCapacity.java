package org.parkloop.energy.industry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
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
 * R8's backward capacity to phase out (淘汰落后产能): an enterprise's line or equipment with its capacity, the deadline
 * and its source (a national catalogue or the city's list), entered by its park's office or CITY, marked eliminated
 * on a date; overdue once the deadline has passed without it.
 */
@Service
@Transactional
public class BackwardCapacity {

	public record Item(long id, String creditCode, String name, String parkCode, String description, BigDecimal capacity,
			String unit, LocalDate deadline, String source, LocalDate eliminatedOn, boolean overdue) {
	}

	record Command(@Size(max = 18) String creditCode, @Size(max = 400) String description,
			@DecimalMax("1e12") BigDecimal capacity, @Size(max = 20) String unit, LocalDate deadline,
			@Size(max = 400) String source) {
	}

	record Elimination(LocalDate date) {
	}

	private final JdbcClient jdbc;
	private final EnterpriseRegistry enterprises;
	private final ParkCatalog parks;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Clock clock;

	BackwardCapacity(JdbcClient jdbc, EnterpriseRegistry enterprises, ParkCatalog parks, ParkAccess access,
			CurrentCaller callers, Audit audit, Clock clock) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
		this.parks = parks;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	public Item create(Command c) {
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		EnterpriseRegistry.Profile e = c.creditCode() == null ? null : enterprises.profile(c.creditCode()).orElse(null);
		if (e == null) {
			problems.add(new FieldProblem("creditCode", "boiler.enterpriseUnknown", c.creditCode()));
		}
		if (c.description() == null || c.description().isBlank()) {
			problems.add(new FieldProblem("description", "validation.required"));
		}
		if (c.capacity() != null && c.capacity().signum() <= 0) {
			problems.add(new FieldProblem("capacity", "boiler.capacity"));
		}
		if (c.deadline() == null) {
			problems.add(new FieldProblem("deadline", "validation.required"));
		}
		if (c.source() == null || c.source().isBlank()) {
			problems.add(new FieldProblem("source", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		checkWrite(e.parkCode());
		long id = jdbc.sql("""
				insert into energy_backward_capacity (credit_code, park_code, description, capacity, unit, deadline, source,
				    created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(e.creditCode(), e.parkCode(), c.description().strip(), c.capacity(), c.unit(), c.deadline(),
					c.source().strip(), callers.get().username())
			.query(Long.class).single();
		audit.record("CREATE", "energy_backward_capacity", String.valueOf(id), e.creditCode() + " " + c.description());
		return get(id);
	}

	/** Marks the capacity eliminated on a date (not in the future), once. */
	public Item eliminate(long id, Elimination c) {
		Item i = get(id);
		checkWrite(i.parkCode());
		if (c == null || c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			throw new InvalidInput(List.of(new FieldProblem("date", "relocation.date")));
		}
		if (i.eliminatedOn() != null) {
			throw new Refused("date", List.of(Refused.Reason.of("backward.eliminated", "R8", i.eliminatedOn())));
		}
		if (jdbc.sql("update energy_backward_capacity set eliminated_on = ? where id = ? and eliminated_on is null")
			.params(c.date(), id).update() == 0) { // eliminated meanwhile by another request
			throw new Refused("date", List.of(Refused.Reason.of("backward.eliminated", "R8", c.date())));
		}
		audit.record("CHANGE", "energy_backward_capacity", String.valueOf(id), "eliminated " + c.date());
		return get(id);
	}

	@Transactional(readOnly = true)
	public Item get(long id) {
		Item i = select(" where id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("backward.notFound", id));
		if (parks.find(i.parkCode()).filter(access::canReadAsOffice).isEmpty()) {
			throw new Forbidden("access.park", i.parkCode());
		}
		return i;
	}

	/** Of one park or every park the caller reads as an office; by deadline. */
	@Transactional(readOnly = true)
	public List<Item> list(String parkCode) {
		List<String> codes = parkCode != null ? List.of(access.checkReadAsOffice(parkCode).code())
				: parks.all().stream().filter(access::canReadAsOffice).map(ParkView::code).toList();
		return select(" where park_code = any(?) order by deadline, id", (Object) codes.toArray(String[]::new));
	}

	private List<Item> select(String where, Object... params) {
		LocalDate today = LocalDate.now(clock);
		List<Item> raw = jdbc.sql("""
				select id, credit_code, park_code, description, capacity, unit, deadline, source, eliminated_on
				from energy_backward_capacity""" + where).params(params)
			.query((rs, n) -> {
				LocalDate deadline = rs.getDate(7).toLocalDate();
				LocalDate done = rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate();
				return new Item(rs.getLong(1), rs.getString(2).strip(), null, rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getString(6), deadline, rs.getString(8), done,
						done == null ? today.isAfter(deadline) : done.isAfter(deadline));
			}).list();
		var names = enterprises.profiles(raw.stream().map(Item::creditCode).toList());
		return raw.stream().map(i -> new Item(i.id(), i.creditCode(), names.containsKey(i.creditCode())
				? names.get(i.creditCode()).name() : null, i.parkCode(), i.description(), i.capacity(), i.unit(),
				i.deadline(), i.source(), i.eliminatedOn(), i.overdue())).toList();
	}

	private void checkWrite(String parkCode) {
		if (!callers.get().has(Role.CITY) && !callers.get().scopes(Role.PARK).contains(parkCode)) {
			throw new Forbidden("access.relocation.write", parkCode);
		}
	}
}
