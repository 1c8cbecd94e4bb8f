package org.parkloop.registry.consultancy;

import org.parkloop.registry.Consultancy;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parkloop.platform.Audit;
import org.parkloop.platform.Column;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.RowError;
import org.parkloop.platform.RowVersions;
import org.parkloop.platform.Table;
import org.parkloop.platform.Tables;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.VersionRequired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultancies: any signed-in user reads the list (a park chooses the one it engages); CITY registers, changes
 * and imports them (all or nothing, every row's errors). Each change is audited; a change names the version it read.
 */
@Service
@Transactional
public class Consultancies implements org.parkloop.registry.ConsultancyRegistry {

	static final List<Column> COLUMNS = List.of(
			new Column("creditCode", "统一社会信用代码", "Unified social credit code", true, "credit_code"),
			new Column("name", "单位名称", "Name", true),
			new Column("grade", "资质等级", "Grade", true),
			new Column("certificateNumber", "资质证书编号", "Certificate number", true, "certificate_number"),
			new Column("certificateValidUntil", "证书有效期至", "Certificate valid until", true, "certificate_valid_until"));

	private static final String SELECT = """
			select credit_code, name, grade, certificate_number, certificate_valid_until, version from consultancy """;

	private final JdbcClient jdbc;
	private final ParkAccess access;
	private final Audit audit;
	private final RowVersions versions;

	Consultancies(JdbcClient jdbc, ParkAccess access, Audit audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.versions = new RowVersions(jdbc, "consultancy", "credit_code");
	}

	@Transactional(readOnly = true)
	public List<Consultancy> all() {
		return jdbc.sql(SELECT + " order by grade, name").query(Consultancies::row).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Consultancy> find(String creditCode) {
		return jdbc.sql(SELECT + " where credit_code = ?").param(creditCode).query(Consultancies::row).optional();
	}

	Consultancy get(String creditCode) {
		return find(creditCode).orElseThrow(() -> new NotFound("consultancy.notFound", creditCode));
	}

	Consultancy create(ConsultancyCommand given) {
		access.checkCity();
		ConsultancyCommand c = given.normalized();
		List<FieldProblem> problems = c.problems();
		if (problems.isEmpty() && find(c.creditCode()).isPresent()) {
			problems.add(new FieldProblem("creditCode", "consultancy.exists", c.creditCode()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		insert(c);
		audit.record("CREATE", "consultancy", c.creditCode(), summary(c));
		return get(c.creditCode());
	}

	Consultancy update(String creditCode, ConsultancyCommand given, ExpectedVersion expected) {
		access.checkCity();
		get(creditCode);
		ConsultancyCommand c = new ConsultancyCommand(creditCode, given.name(), given.grade(), given.certificateNumber(),
				given.certificateValidUntil(), given.version()).normalized();
		List<FieldProblem> problems = c.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (expected.source() == ExpectedVersion.Source.MISSING) {
			throw new VersionRequired();
		}
		versions.claim(creditCode, expected, () -> new NotFound("consultancy.notFound", creditCode));
		jdbc.sql("""
				update consultancy set name = ?, grade = ?, certificate_number = ?, certificate_valid_until = ?
				where credit_code = ?""")
			.params(c.name(), c.grade(), c.certificateNumber(), c.certificateValidUntil(), creditCode).update();
		audit.record("UPDATE", "consultancy", creditCode, summary(c));
		return get(creditCode);
	}

	/** A table of consultancies: new ones registered, known ones changed; nothing at all if any row is wrong. */
	ImportResult importFile(String fileName, InputStream in) {
		access.checkCity();
		List<RowError> errors = new ArrayList<>();
		List<ConsultancyCommand> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Table.Row row : Tables.read(fileName, in, COLUMNS).rows()) {
			List<FieldProblem> reading = new ArrayList<>();
			ConsultancyCommand c = new ConsultancyCommand(row.get("creditCode"), row.get("name"), row.get("grade"),
					row.get("certificateNumber"), row.date("certificateValidUntil", reading), null).normalized();
			List<FieldProblem> problems = reading.isEmpty() ? c.problems() : reading;
			if (problems.isEmpty() && !seen.add(c.creditCode())) {
				problems = List.of(new FieldProblem("creditCode", "consultancy.duplicate", c.creditCode()));
			}
			problems.forEach(p -> errors.add(new RowError(row.number(), p.field(), p.messageKey(), p.args())));
			rows.add(c);
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		int created = 0;
		for (ConsultancyCommand c : rows) {
			if (find(c.creditCode()).isPresent()) {
				update(c.creditCode(), c, ExpectedVersion.ANY);
			}
			else {
				insert(c);
				audit.record("CREATE", "consultancy", c.creditCode(), summary(c) + " (import)");
				created++;
			}
		}
		return new ImportResult(created, rows.size() - created);
	}

	private void insert(ConsultancyCommand c) {
		jdbc.sql("""
				insert into consultancy (credit_code, name, grade, certificate_number, certificate_valid_until)
				values (?, ?, ?, ?, ?)""")
			.params(c.creditCode(), c.name(), c.grade(), c.certificateNumber(), c.certificateValidUntil()).update();
	}

	private static String summary(ConsultancyCommand c) {
		return c.name() + " grade=" + c.grade() + " certificate " + c.certificateNumber() + " until "
				+ c.certificateValidUntil();
	}

	private static Consultancy row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Consultancy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getDate(5).toLocalDate(), rs.getLong(6));
	}
}
