package org.parkloop.exchange.catalogue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.ImportResult;
import org.parkloop.platform.RowError;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hazardous-waste operating licences (危险废物经营许可证), recorded by CITY users (the ecology and environment bureau
 * issues and publishes them). Everyone signed in reads them: a licence is public information.
 */
@Service
@Transactional(readOnly = true)
public class Licences {

	public record LicenceCommand(@Size(max = 64) String number, @Size(max = 64) String holder,
			@Size(max = 200) List<@Size(max = 2000) String> codes, @DecimalMax("99999999999") Double annualCapacityTonnes,
			LocalDate validFrom, LocalDate validTo, @Size(max = 32) String province) {
	}

	private final JdbcClient jdbc;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Catalogue catalogue;
	private final EnterpriseRegistry enterprises;

	Licences(JdbcClient jdbc, CurrentCaller callers, Audit audit, Catalogue catalogue, EnterpriseRegistry enterprises) {
		this.jdbc = jdbc;
		this.callers = callers;
		this.audit = audit;
		this.catalogue = catalogue;
		this.enterprises = enterprises;
	}

	public List<Licence> all() {
		return jdbc.sql(SELECT + " order by holder, valid_to desc").query(Licences::map).list();
	}

	public Licence get(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Licences::map).optional()
			.orElseThrow(() -> new NotFound("exchange.licence.notFound", id));
	}

	public List<Licence> heldBy(String holder) {
		return jdbc.sql(SELECT + " where holder = ? order by valid_to desc").param(holder).query(Licences::map).list();
	}

	/** The holder's licence that lets it take this material on that day, the one valid longest first. */
	public java.util.Optional<Licence> covering(String holder, Material m, LocalDate day) {
		return heldBy(holder).stream().filter(l -> l.validOn(day) && l.covers(m)).findFirst();
	}

	public boolean canEdit() {
		return callers.get().has(Role.CITY);
	}

	@Transactional
	public Licence create(LicenceCommand c) {
		checkCity();
		List<FieldProblem> problems = new ArrayList<>();
		List<String> codes = problems(c, problems);
		problems = org.parkloop.platform.Inputs.withLimits(c, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return get(insert(c, codes));
	}

	/**
	 * Records the licences of a CSV or Excel file (columns as in {@link LicenceImport#COLUMNS}), all or none: any bad
	 * row rejects the file with every row's problems.
	 */
	@Transactional
	public ImportResult importFile(String fileName, java.io.InputStream in) {
		checkCity();
		List<LicenceImport.Row> rows = LicenceImport.read(fileName, in);
		List<RowError> errors = new ArrayList<>();
		java.util.Set<String> numbers = new java.util.HashSet<>();
		List<List<String>> codes = new ArrayList<>();
		for (LicenceImport.Row r : rows) {
			List<FieldProblem> found = new ArrayList<>();
			codes.add(problems(r.command(), found));
			List<FieldProblem> rules = new ArrayList<>(org.parkloop.platform.Inputs.withLimits(r.command(), found));
			if (r.command().number() != null && !numbers.add(r.command().number().trim())) {
				rules.add(new FieldProblem("number", "exchange.licence.exists", r.command().number().trim()));
			}
			List<FieldProblem> problems = org.parkloop.platform.Forms.merge(r.problems(), rules);
			problems.forEach(p -> errors.add(new RowError(r.row(), p.field(), p.messageKey(), p.args())));
		}
		if (rows.isEmpty()) {
			errors.add(new RowError(1, "file", "import.noRows"));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		for (int i = 0; i < rows.size(); i++) {
			insert(rows.get(i).command(), codes.get(i));
		}
		return new ImportResult(rows.size(), 0);
	}

	private void checkCity() {
		if (!canEdit()) {
			throw new Forbidden("access.cityOnly");
		}
	}

	private long insert(LicenceCommand c, List<String> codes) {
		long id = jdbc.sql("""
				insert into exchange_licence (number, holder, codes, annual_capacity_t, valid_from, valid_to, province, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.number().trim(), c.holder().trim().toUpperCase(Locale.ROOT), codes.toArray(String[]::new),
					c.annualCapacityTonnes(), c.validFrom(), c.validTo(), c.province().trim(), callers.get().username())
			.query(Long.class).single();
		audit.record("CREATE", "exchange_licence", Long.toString(id), c.number().trim() + " " + String.join(",", codes));
		return id;
	}

	/** The licence's codes, once read; its problems go to the list (a number already recorded is one). */
	private List<String> problems(LicenceCommand c, List<FieldProblem> problems) {
		if (Catalogue.blank(c.number())) {
			problems.add(new FieldProblem("number", "validation.required"));
		}
		else if (jdbc.sql("select count(*) from exchange_licence where number = ?").param(c.number().trim())
			.query(Integer.class).single() > 0) {
			problems.add(new FieldProblem("number", "exchange.licence.exists", c.number().trim()));
		}
		if (Catalogue.blank(c.holder())) {
			problems.add(new FieldProblem("holder", "validation.required"));
		}
		else if (!enterprises.exists(c.holder())) {
			problems.add(new FieldProblem("holder", "exchange.licence.holderUnknown", c.holder()));
		}
		List<String> codes = new ArrayList<>();
		for (String code : c.codes() == null ? List.<String>of() : c.codes()) {
			for (String part : code.split("[,，;；\\s]+")) {
				if (part.isBlank()) {
					continue;
				}
				if (catalogue.material(part).filter(Material::hazardous).isEmpty()) {
					problems.add(new FieldProblem("codes", "exchange.licence.codeUnknown", part));
				}
				else if (!codes.contains(part)) {
					codes.add(part);
				}
			}
		}
		if (codes.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("codes"))) {
			problems.add(new FieldProblem("codes", "validation.required"));
		}
		if (c.annualCapacityTonnes() == null || !(c.annualCapacityTonnes() > 0)) {
			problems.add(new FieldProblem("annualCapacityTonnes", "validation.positive"));
		}
		if (c.validFrom() == null) {
			problems.add(new FieldProblem("validFrom", "validation.required"));
		}
		if (c.validTo() == null) {
			problems.add(new FieldProblem("validTo", "validation.required"));
		}
		else if (c.validFrom() != null && c.validTo().isBefore(c.validFrom())) {
			problems.add(new FieldProblem("validTo", "exchange.dates.order"));
		}
		if (Catalogue.blank(c.province())) {
			problems.add(new FieldProblem("province", "validation.required"));
		}
		return codes;
	}

	private static final String SELECT = """
			select id, number, holder, codes, annual_capacity_t, valid_from, valid_to, province from exchange_licence""";

	private static Licence map(ResultSet rs, int n) throws SQLException {
		Array codes = rs.getArray(4);
		return new Licence(rs.getLong(1), rs.getString(2), rs.getString(3), Arrays.asList((String[]) codes.getArray()),
				rs.getDouble(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getString(8));
	}
}
