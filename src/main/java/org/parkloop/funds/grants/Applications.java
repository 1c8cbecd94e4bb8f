package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.parkloop.funds.engine.Eligibility;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.platform.Messages;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkStandingProvider;
import org.parkloop.shared.Caller;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.parkloop.transformation.KeyProjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for the key projects of a park's approved plan (R19), by the park's office or CITY, or by a pilot
 * enterprise for itself (its ENTERPRISE user or CITY): refused with every
 * failing point of {@link Eligibility}, each citing R19; stored otherwise. The points can be read again as of the
 * application's date.
 */
@Service
@Transactional
class Applications {

	record Command(@Min(1) @Max(Long.MAX_VALUE) Long programmeId, @Size(max = 64) String parkCode,
			@Min(1) @Max(Long.MAX_VALUE) Long projectId, @Size(max = 18) String creditCode,
			@DecimalMax("1e15") BigDecimal amount, LocalDate date) {
	}

	/** One point as the API shows it: passing or not, the rule, where it comes from, and what it says. */
	record Point(String point, boolean passed, String rule, String ref, String detail) {
	}

	private final FundApplicationStore store;
	private final Programmes programmes;
	private final KeyProjects projects;
	private final ParkStandingProvider standings;
	private final ParkAccess access;
	private final org.parkloop.registry.ParkCatalog parks;
	private final Pilots pilots;
	private final EnterpriseRegistry enterprises;
	private final CurrentCaller callers;
	private final Messages messages;
	private final Audit audit;
	private final Clock clock;

	Applications(FundApplicationStore store, Programmes programmes, KeyProjects projects, ParkStandingProvider standings,
			ParkAccess access, org.parkloop.registry.ParkCatalog parks, CurrentCaller callers, Messages messages, Audit audit,
			Clock clock, Pilots pilots, EnterpriseRegistry enterprises) {
		this.pilots = pilots;
		this.enterprises = enterprises;
		this.parks = parks;
		this.store = store;
		this.programmes = programmes;
		this.projects = projects;
		this.standings = standings;
		this.access = access;
		this.callers = callers;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	FundApplication apply(Command c) {
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		if (c.programmeId() == null) {
			problems.add(new FieldProblem("programmeId", "validation.required"));
		}
		if (c.parkCode() == null) {
			problems.add(new FieldProblem("parkCode", "validation.required"));
		}
		if ((c.projectId() == null) == (c.creditCode() == null)) {
			problems.add(new FieldProblem("projectId", "funds.projectOrPilot"));
		}
		if (!Money.positive(c.amount())) {
			problems.add(new FieldProblem("amount", "funds.amount"));
		}
		if (c.date() == null || c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "funds.date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		access.checkRead(c.parkCode());
		Caller caller = callers.get();
		boolean pilot = c.creditCode() != null;
		if (!caller.has(Role.CITY) && !(pilot ? caller.scopes(Role.ENTERPRISE).contains(c.creditCode())
				: caller.scopes(Role.PARK).contains(c.parkCode()))) {
			throw new Forbidden("access.funds.apply", c.parkCode());
		}
		String name = pilot ? enterprises.profile(c.creditCode()).filter(e -> e.parkCode().equals(c.parkCode()))
			.map(EnterpriseRegistry.Profile::name)
			.orElseThrow(() -> new InvalidInput(List.of(new FieldProblem("creditCode", "funds.notInPark", c.parkCode()))))
				: projects.project(c.parkCode(), c.projectId(), c.date()).map(KeyProjects.Project::name).orElse(null);
		Programmes.Programme programme = programmes.get(c.programmeId());
		List<Eligibility.Check> checks = pilot ? pilotChecks(c.parkCode(), c.creditCode(), c.date())
				: checks(programme, c.parkCode(), c.projectId(), c.amount(), c.date());
		List<Refused.Reason> failing = checks.stream().filter(x -> !x.passed())
			.map(x -> Refused.Reason.about(x.point().name(), "R19", x.messageKey(), x.args())).toList();
		if (!failing.isEmpty()) {
			throw new Refused("projectId", failing);
		}
		long id = store.insert(programme.id(), c.parkCode(), c.projectId(), c.creditCode(), name, c.amount(), c.date(),
				caller.username());
		audit.record("CREATE", "fund_application", String.valueOf(id), c.parkCode() + " " + name + " " + c.amount().toPlainString());
		return store.get(id);
	}

	/** The points as of the application's date, passing or not. */
	@Transactional(readOnly = true)
	List<Point> eligibility(long id) {
		FundApplication a = get(id);
		List<Eligibility.Check> checks = a.creditCode() != null ? pilotChecks(a.parkCode(), a.creditCode(), a.appliedOn())
				: checks(programmes.get(a.programmeId()), a.parkCode(), a.projectId(), a.amount(), a.appliedOn());
		return checks.stream().map(x -> new Point(x.point().name(), x.passed(), x.messageKey(), "R19",
				messages.get(x.messageKey(), x.args()))).toList();
	}

	/** The application, for CITY, the offices that read its park, and a pilot enterprise its own. */
	@Transactional(readOnly = true)
	FundApplication get(long id) {
		FundApplication a = store.get(id);
		if (a.creditCode() == null || !callers.get().scopes(Role.ENTERPRISE).contains(a.creditCode())) {
			access.checkReadAsOffice(a.parkCode());
		}
		return a;
	}

	/** R19's points for a pilot enterprise applying for itself on the date. */
	List<Eligibility.Check> pilotChecks(String park, String creditCode, LocalDate date) {
		var standing = standings.standingsAsOf(date).get(park);
		Optional<Pilots.Pilot> pilot = pilots.find(creditCode);
		return Eligibility.checkPilot(date, standing == null ? "NONE" : standing.designation().name(),
				pilot.map(Pilots.Pilot::designatedOn).orElse(null), pilot.map(Pilots.Pilot::revokedOn).orElse(null));
	}

	/** The applications of the parks the caller reads as an office. */
	@Transactional(readOnly = true)
	List<FundApplication> list(String parkCode) {
		if (parkCode != null) {
			access.checkRead(parkCode);
		}
		java.util.Map<String, Boolean> readable = new java.util.HashMap<>();
		java.util.Set<String> own = callers.get().scopes(Role.ENTERPRISE);
		return store.all(parkCode).stream()
			.filter(a -> a.creditCode() != null && own.contains(a.creditCode()) || readable.computeIfAbsent(a.parkCode(),
					p -> parks.find(p).filter(access::canReadAsOffice).isPresent()))
			.toList();
	}

	/** R19's points for the project of the park on the date. */
	List<Eligibility.Check> checks(Programmes.Programme programme, String park, long projectId, BigDecimal amount,
			LocalDate date) {
		var standing = standings.standingsAsOf(date).get(park);
		Optional<KeyProjects.PlanInForce> plan = projects.inForce(park, date);
		boolean listed = plan.map(p -> p.projects().stream().anyMatch(x -> x.id() == projectId)).orElse(false);
		Eligibility.Project project = projects.project(park, projectId, date)
			.map(p -> new Eligibility.Project(p.name(), p.category(), p.investment(), p.progressReports())).orElse(null);
		return Eligibility.check(new Eligibility.Facts(date, standing == null ? "NONE" : standing.designation().name(),
				plan.map(KeyProjects.PlanInForce::revision).orElse(null), projectId, listed, project,
				Set.copyOf(programme.categories()), programme.capShare(), amount));
	}
}
