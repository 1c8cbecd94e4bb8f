package org.parkloop.registry.park;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.platform.ImportResult;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Changes;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.ParkLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ParkService implements ParkCatalog {

	private final ParkRepository parks;
	private final ParkAccess access;
	private final Audit audit;

	ParkService(ParkRepository parks, ParkAccess access, Audit audit) {
		this.parks = parks;
		this.access = access;
		this.audit = audit;
	}

	@Override
	public List<ParkView> all() {
		return parks.all();
	}

	@Override
	public Optional<ParkView> find(String code) {
		return parks.find(code);
	}

	ParkView get(String code) {
		return parks.find(code).orElseThrow(() -> new NotFound("park.notFound", code));
	}

	/** What is wrong with creating (or, with {@code existingCode}, changing) a park; empty when nothing is. */
	List<FieldProblem> problems(ParkCommand command, String existingCode) {
		ParkCommand c = (existingCode == null ? command : command.withCode(existingCode)).normalized();
		Map<String, String> merges = merges();
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (existingCode == null && c.code() != null && merges.containsKey(c.code())) {
			problems.add(new FieldProblem("code", "park.code.exists", c.code()));
		}
		merges.put(c.code(), c.mergedInto());
		problems.addAll(ParkRules.check(c, merges));
		return problems;
	}

	@Transactional
	ParkView create(ParkCommand command) {
		access.checkCity();
		ParkCommand c = checked(command, null);
		parks.insert(c, parks.nextSeq());
		parks.setMergedInto(c.code(), c.mergedInto());
		audit.record("CREATE", "park", c.code(), c.nameZh());
		return get(c.code());
	}

	@Transactional
	ParkView update(String code, ParkCommand command, ExpectedVersion expected) {
		access.checkCity();
		get(code);
		ParkCommand c = checked(command, code);
		parks.claim(code, expected);
		ParkView before = get(code);
		store(before, c);
		ParkView after = get(code);
		audit.record("UPDATE", "park", code, Changes.between(before, after));
		return after;
	}

	/**
	 * Writes a checked command over a stored park. A level or a merge other than today's corrects the record from
	 * the start (the dated history of that fact is replaced); the same level or merge leaves its history as it is.
	 */
	private void store(ParkView before, ParkCommand c) {
		storeFields(before, c);
		storeMerge(before.mergedInto(), c);
	}

	private void storeFields(ParkView before, ParkCommand c) {
		parks.update(c);
		ParkLevel level = ParkLevel.parse(c.level()).orElseThrow();
		if (level != before.level()) {
			parks.correctLevel(c.code(), level);
		}
	}

	private void storeMerge(String before, ParkCommand c) {
		if (!java.util.Objects.equals(c.mergedInto(), before)) {
			parks.setMergedInto(c.code(), c.mergedInto());
		}
	}

	private ParkCommand checked(ParkCommand command, String existingCode) {
		List<FieldProblem> problems = problems(command, existingCode);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return (existingCode == null ? command : command.withCode(existingCode)).normalized();
	}

	/** Checked before a file is read, so that a caller who may not import learns nothing from it. */
	void checkCanImport() {
		access.checkCity();
	}

	@Transactional
	ImportResult importRows(List<ParkImport.Parsed> rows) {
		access.checkCity();
		return store(rows, null);
	}

	/** Imports without asking who may: for loading the seed parks at start-up only. */
	@Transactional
	ImportResult seed(List<ParkImport.Parsed> rows) {
		return store(rows, "system");
	}

	private ImportResult store(List<ParkImport.Parsed> rows, String systemUser) {
		Map<String, String> merges = merges();
		Map<String, String> existing = new HashMap<>(merges);
		rows.forEach(r -> merges.put(r.command().code(), r.command().mergedInto()));
		ParkImport.check(rows, merges);
		int created = 0;
		int seq = parks.nextSeq();
		for (ParkImport.Parsed row : rows) {
			if (existing.containsKey(row.command().code())) {
				parks.claim(row.command().code(), ExpectedVersion.ANY);
				storeFields(get(row.command().code()), row.command());
			}
			else {
				parks.insert(row.command(), row.seq() != null ? row.seq() : seq++);
				created++;
			}
		}
		rows.forEach(r -> storeMerge(existing.get(r.command().code()), r.command()));
		ImportResult result = new ImportResult(created, rows.size() - created);
		String summary = result.created() + " created, " + result.updated() + " updated: "
				+ rows.stream().map(r -> r.command().code()).collect(java.util.stream.Collectors.joining(", "));
		if (systemUser == null) {
			audit.record("IMPORT", "park", null, summary);
		}
		else {
			audit.recordAs(systemUser, "IMPORT", "park", null, summary);
		}
		return result;
	}

	private Map<String, String> merges() {
		Map<String, String> m = new HashMap<>();
		parks.all().forEach(p -> m.put(p.code(), p.mergedInto()));
		return m;
	}
}
