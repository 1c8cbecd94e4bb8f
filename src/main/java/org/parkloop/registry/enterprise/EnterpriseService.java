package org.parkloop.registry.enterprise;

import org.parkloop.registry.Industry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.parkloop.platform.Audit;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.RowError;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class EnterpriseService {

	private final EnterpriseRepository enterprises;
	private final ParkCatalog parks;
	private final EnterpriseScope scope;
	private final Audit audit;

	EnterpriseService(EnterpriseRepository enterprises, ParkCatalog parks, EnterpriseScope scope, Audit audit) {
		this.enterprises = enterprises;
		this.parks = parks;
		this.scope = scope;
		this.audit = audit;
	}

	/** A search within what the caller may see. */
	List<Enterprise> find(EnterpriseRepository.Query q) {
		return enterprises.find(scope.restrict(q));
	}

	long count(EnterpriseRepository.Query q) {
		return enterprises.count(scope.restrict(q));
	}

	/** An enterprise the caller may not see is "not found": its existence is not revealed to competitors. */
	Enterprise get(String creditCode) {
		return enterprises.find(creditCode.toUpperCase(java.util.Locale.ROOT))
			.filter(scope::canRead)
			.orElseThrow(() -> new NotFound("enterprise.notFound", creditCode));
	}

	List<Industry> industries() {
		return enterprises.industries();
	}

	/** What is wrong with registering (or, with {@code existingCode}, changing) an enterprise. */
	List<FieldProblem> problems(EnterpriseCommand command, String existingCode) {
		EnterpriseCommand c = (existingCode == null ? command : command.withCreditCode(existingCode)).normalized();
		List<FieldProblem> problems = new ArrayList<>(check(c));
		if (existingCode == null && problems.isEmpty() && enterprises.exists(c.creditCode())) {
			problems.add(new FieldProblem("creditCode", "enterprise.exists", c.creditCode()));
		}
		return problems;
	}

	/** A park may be given by its name (as people write it) instead of its code. */
	private List<EnterpriseImport.Parsed> withParkCodes(List<EnterpriseImport.Parsed> rows) {
		java.util.Map<String, String> byName = new java.util.HashMap<>();
		parks.all().forEach(p -> {
			byName.put(p.nameZh(), p.code());
			if (p.nameEn() != null) {
				byName.put(p.nameEn(), p.code());
			}
		});
		return rows.stream().map(r -> {
			String given = r.command().parkCode();
			return given != null && parks.find(given).isEmpty() && byName.containsKey(given)
					? new EnterpriseImport.Parsed(r.row(), r.command().withParkCode(byName.get(given)), r.problems()) : r;
		}).toList();
	}

	@Transactional
	Enterprise create(EnterpriseCommand command) {
		scope.checkCreate(command.normalized().parkCode());
		Enterprise created = get(save(command, null, null));
		audit.record("CREATE", "enterprise", created.creditCode(), created.name() + " @ " + created.parkCode());
		return created;
	}

	@Transactional
	Enterprise update(String creditCode, EnterpriseCommand command, ExpectedVersion expected) {
		Enterprise before = get(creditCode);
		scope.checkUpdate(before, command.normalized().parkCode());
		Enterprise after = get(save(command, before.creditCode(), expected));
		audit.record("UPDATE", "enterprise", after.creditCode(), org.parkloop.platform.Changes.between(before, after));
		return after;
	}

	/** For the forms: may the caller register an enterprise in this park, or change this one? */
	boolean canCreateIn(String parkCode) {
		return scope.canManageIn(parkCode);
	}

	void checkImport() {
		scope.checkImport();
	}

	void checkUpdate(Enterprise existing) {
		scope.checkUpdate(existing, null);
	}

	private String save(EnterpriseCommand command, String existingCode, ExpectedVersion expected) {
		List<FieldProblem> problems = problems(command, existingCode);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		EnterpriseCommand c = (existingCode == null ? command : command.withCreditCode(existingCode)).normalized();
		if (existingCode == null) {
			enterprises.insert(c, false);
		}
		else {
			enterprises.claim(existingCode, expected);
			enterprises.update(c);
		}
		return c.creditCode();
	}

	/** All or nothing: existing credit codes are updated, new ones created, any bad row rejects the whole file. */
	@Transactional
	ImportResult importRows(List<EnterpriseImport.Parsed> read) {
		scope.checkImport();
		List<EnterpriseImport.Parsed> rows = withParkCodes(read);
		List<RowError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Predicate<String> park = parkExists();
		Predicate<String> industry = industryExists();
		for (EnterpriseImport.Parsed r : rows) {
			r.problems().forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
			EnterpriseRules.check(r.command(), park, industry, enterprises::exists)
				.forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
			if (r.command().parkCode() != null && park.test(r.command().parkCode()) && !scope.canManageIn(r.command().parkCode())) {
				errors.add(new RowError(r.row(), "parkCode", "access.enterpriseCreate", r.command().parkCode()));
			}
			else if (r.command().creditCode() != null && enterprises.find(r.command().creditCode())
				.filter(e -> !scope.canManageIn(e.parkCode())).isPresent()) {
				errors.add(new RowError(r.row(), "creditCode", "access.enterpriseUpdate", r.command().creditCode()));
			}
			if (r.command().creditCode() != null && !seen.add(r.command().creditCode())) {
				errors.add(new RowError(r.row(), "creditCode", "enterprise.duplicate", r.command().creditCode()));
			}
		}
		if (rows.isEmpty()) {
			errors.add(new RowError(1, "file", "import.noRows"));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		int created = 0;
		for (EnterpriseImport.Parsed r : rows) {
			if (enterprises.exists(r.command().creditCode())) {
				enterprises.claim(r.command().creditCode(), ExpectedVersion.ANY);
				enterprises.update(r.command());
			}
			else {
				enterprises.insert(r.command(), false);
				created++;
			}
		}
		ImportResult result = new ImportResult(created, rows.size() - created);
		audit.record("IMPORT", "enterprise", null, result.created() + " created, " + result.updated() + " updated: "
				+ rows.stream().map(r -> r.command().creditCode()).collect(Collectors.joining(", ")));
		return result;
	}

	@Transactional
	void insertDemo(List<EnterpriseCommand> demo) {
		for (EnterpriseCommand c : demo) {
			List<FieldProblem> problems = check(c);
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			enterprises.insert(c, true);
		}
		enterprises.registeredSince(demo.stream().map(EnterpriseCommand::creditCode).toList(), java.time.LocalDate.of(2013, 1, 1));
		audit.recordAs("system", "CREATE", "enterprise", null, String.valueOf(demo.size()));
	}

	boolean anyExist() {
		return enterprises.anyExist();
	}

	private List<FieldProblem> check(EnterpriseCommand c) {
		return EnterpriseRules.check(c, parkExists(), industryExists(), enterprises::exists);
	}

	private Predicate<String> parkExists() {
		Set<String> codes = parks.all().stream().map(p -> p.code()).collect(Collectors.toSet());
		return codes::contains;
	}

	private Predicate<String> industryExists() {
		Set<String> codes = enterprises.industries().stream().map(Industry::code).collect(Collectors.toSet());
		return codes::contains;
	}
}
