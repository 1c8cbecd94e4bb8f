package org.parkloop.registry.enterprise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.RowError;
import org.parkloop.registry.ParkCatalog;
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

	EnterpriseService(EnterpriseRepository enterprises, ParkCatalog parks) {
		this.enterprises = enterprises;
		this.parks = parks;
	}

	List<Enterprise> find(EnterpriseRepository.Query q) {
		return enterprises.find(q);
	}

	long count(EnterpriseRepository.Query q) {
		return enterprises.count(q);
	}

	Enterprise get(String creditCode) {
		return enterprises.find(creditCode.toUpperCase(java.util.Locale.ROOT))
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

	@Transactional
	Enterprise create(EnterpriseCommand command) {
		return get(save(command, null));
	}

	@Transactional
	Enterprise update(String creditCode, EnterpriseCommand command) {
		return get(save(command, get(creditCode).creditCode()));
	}

	private String save(EnterpriseCommand command, String existingCode) {
		List<FieldProblem> problems = problems(command, existingCode);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		EnterpriseCommand c = (existingCode == null ? command : command.withCreditCode(existingCode)).normalized();
		if (existingCode == null) {
			enterprises.insert(c, false);
		}
		else {
			enterprises.update(c);
		}
		return c.creditCode();
	}

	/** All or nothing: existing credit codes are updated, new ones created, any bad row rejects the whole file. */
	@Transactional
	ImportResult importRows(List<EnterpriseImport.Parsed> rows) {
		List<RowError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Predicate<String> park = parkExists();
		Predicate<String> industry = industryExists();
		for (EnterpriseImport.Parsed r : rows) {
			r.problems().forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
			EnterpriseRules.check(r.command(), park, industry)
				.forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
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
				enterprises.update(r.command());
			}
			else {
				enterprises.insert(r.command(), false);
				created++;
			}
		}
		return new ImportResult(created, rows.size() - created);
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
	}

	boolean anyExist() {
		return enterprises.anyExist();
	}

	private List<FieldProblem> check(EnterpriseCommand c) {
		return EnterpriseRules.check(c, parkExists(), industryExists());
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
