package org.parkloop.exchange.catalogue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange's knowledge base: the catalogue of materials (fixed reference data, read by everyone signed in) and
 * the compatibility rules, which CITY users keep, each citing its source.
 */
@Service
public class Catalogue {

	/** What a CITY user enters for a rule; {@code version}: the version a change was made on (or If-Match). */
	public record RuleCommand(@Size(max = 20) String materialCode, @Size(max = 200) String useZh,
			@Size(max = 200) String useEn, @Size(max = 10) String industryCode, @DecimalMax("9999999") Double maxDistanceKm,
			Boolean licenceRequired, @Size(max = 1000) String qualityCondition, @Size(max = 1000) String source,
			Boolean active, @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(Integer.MAX_VALUE) Long version) {
	}

	private final JdbcClient jdbc;
	private final CurrentCaller callers;
	private final Audit audit;
	private final EnterpriseRegistry enterprises;
	private volatile Map<String, Material> materials;
	private final RowVersions versions;

	Catalogue(JdbcClient jdbc, CurrentCaller callers, Audit audit, EnterpriseRegistry enterprises) {
		this.jdbc = jdbc;
		this.callers = callers;
		this.audit = audit;
		this.enterprises = enterprises;
		this.versions = new RowVersions(jdbc, "exchange_rule", "id");
	}

	/** Every material, general wastes first, then by-products, energy, water and hazardous wastes, by code. */
	public List<Material> materials() {
		return List.copyOf(byCode().values());
	}

	public Optional<Material> material(String code) {
		return Optional.ofNullable(code == null ? null : byCode().get(code.trim()));
	}

	public Material require(String field, String code) {
		return material(code).filter(Material::selectable)
			.orElseThrow(() -> new InvalidInput(List.of(new FieldProblem(field, "exchange.material.unknown", code))));
	}

	private Map<String, Material> byCode() {
		Map<String, Material> m = materials;
		if (m == null) {
			m = new LinkedHashMap<>();
			for (Material x : jdbc.sql("""
					select code, kind, category, name_zh, name_en, unit, typical_disposal_cost, selectable, source
					from exchange_material order by case kind when 'HAZARDOUS' then 1 else 0 end, code""")
				.query((rs, n) -> new Material(rs.getString(1), Material.Kind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getBoolean(8), rs.getString(9)))
				.list()) {
				m.put(x.code(), x);
			}
			materials = m;
		}
		return m;
	}

	public List<Rule> rules() {
		return jdbc.sql(RULE_SELECT + " order by material_code, id").query(Catalogue::rule).list();
	}

	public Rule rule(long id) {
		return jdbc.sql(RULE_SELECT + " where id = ?").param(id).query(Catalogue::rule).optional()
			.orElseThrow(() -> new NotFound("exchange.rule.notFound", id));
	}

	/** The active rules that make this material usable by a receiver in this industry, the most specific first. */
	public List<Rule> rulesFor(Material m, String receiverIndustry) {
		return rulesFor(rules(), m, receiverIndustry);
	}

	/** The same, among rules already read (one request ranks many partners against one reading of the rules). */
	public static List<Rule> rulesFor(List<Rule> rules, Material m, String receiverIndustry) {
		return rules.stream().filter(r -> r.covers(m, receiverIndustry))
			.sorted(java.util.Comparator.comparing((Rule r) -> r.industryCode() == null)
				.thenComparing(r -> !r.materialCode().equals(m.code())))
			.toList();
	}

	/** The tightest distance the active rules of a material set (steam travels about 10 km), or none. */
	public Double maxDistanceKm(Material m) {
		return maxDistanceKm(rules(), m);
	}

	public static Double maxDistanceKm(List<Rule> rules, Material m) {
		return rules.stream()
			.filter(r -> r.active() && (r.materialCode().equals(m.code()) || r.materialCode().equals(m.category())))
			.map(Rule::maxDistanceKm).filter(java.util.Objects::nonNull).min(Double::compare).orElse(null);
	}

	public boolean canEditRules() {
		return callers.get().has(Role.CITY);
	}

	@Transactional
	public Rule createRule(RuleCommand c) {
		checkCity();
		check(c);
		long id = jdbc.sql("""
				insert into exchange_rule (material_code, use_zh, use_en, industry_code, max_distance_km, licence_required,
				                           quality_condition, source, active, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(fields(c)).param(callers.get().username()).query(Long.class).single();
		audit.record("CREATE", "exchange_rule", Long.toString(id), c.materialCode() + " → " + c.useZh());
		return rule(id);
	}

	@Transactional
	public Rule updateRule(long id, RuleCommand c, ExpectedVersion expected) {
		checkCity();
		rule(id);
		check(c);
		versions.claim(id, expected, () -> new NotFound("exchange.rule.notFound", id));
		List<Object> params = new ArrayList<>(fields(c));
		params.add(callers.get().username());
		params.add(id);
		jdbc.sql("""
				update exchange_rule set material_code = ?, use_zh = ?, use_en = ?, industry_code = ?, max_distance_km = ?,
				       licence_required = ?, quality_condition = ?, source = ?, active = ?, updated_by = ?,
				       updated_at = now()
				where id = ?""").params(params).update();
		audit.record("UPDATE", "exchange_rule", Long.toString(id), c.materialCode() + " → " + c.useZh());
		return rule(id);
	}

	private void checkCity() {
		if (!canEditRules()) {
			throw new Forbidden("access.cityOnly");
		}
	}

	private void check(RuleCommand c) {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(c.materialCode())) {
			problems.add(new FieldProblem("materialCode", "validation.required"));
		}
		else if (material(c.materialCode()).isEmpty()) {
			problems.add(new FieldProblem("materialCode", "exchange.material.unknown", c.materialCode()));
		}
		if (blank(c.useZh())) {
			problems.add(new FieldProblem("useZh", "validation.required"));
		}
		if (blank(c.source())) {
			problems.add(new FieldProblem("source", "exchange.rule.sourceRequired"));
		}
		if (!blank(c.industryCode()) && enterprises.industries().stream().noneMatch(i -> i.code().equals(c.industryCode().trim()))) {
			problems.add(new FieldProblem("industryCode", "enterprise.industry.unknown", c.industryCode()));
		}
		if (c.maxDistanceKm() != null && !(c.maxDistanceKm() > 0)) {
			problems.add(new FieldProblem("maxDistanceKm", "validation.positive"));
		}
		problems = org.parkloop.platform.Inputs.withLimits(c, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static List<Object> fields(RuleCommand c) {
		List<Object> p = new ArrayList<>();
		p.add(c.materialCode().trim());
		p.add(c.useZh().trim());
		p.add(blank(c.useEn()) ? c.useZh().trim() : c.useEn().trim());
		p.add(blank(c.industryCode()) ? null : c.industryCode().trim());
		p.add(c.maxDistanceKm());
		p.add(Boolean.TRUE.equals(c.licenceRequired()));
		p.add(blank(c.qualityCondition()) ? null : c.qualityCondition().trim());
		p.add(c.source().trim());
		p.add(c.active() == null || c.active());
		return p;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static final String RULE_SELECT = """
			select id, material_code, use_zh, use_en, industry_code, max_distance_km, licence_required, quality_condition,
			       source, active, updated_by, updated_at, version from exchange_rule""";

	private static Rule rule(ResultSet rs, int n) throws SQLException {
		java.math.BigDecimal d = rs.getBigDecimal(6);
		return new Rule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				d == null ? null : d.doubleValue(), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getBoolean(10),
				rs.getString(11), rs.getTimestamp(12).toInstant(), rs.getInt(13));
	}
}
