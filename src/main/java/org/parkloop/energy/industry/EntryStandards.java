package org.parkloop.energy.industry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R8's entry standards as data: a ceiling of energy intensity (tce per 万元 of value added) or water intensity (m³
 * per 万元) per GB/T 4754 division, kept by CITY with its source; and the enterprises of a park above the ceiling
 * of their division in a year, from their accepted reports, with the gap.
 */
@Service
@Transactional
public class EntryStandards {

	/** The indicators a standard may cap (the catalogue's codes): the item divided by value added, and its unit. */
	record Indicator(String item, String unit) {
	}

	static final Map<String, Indicator> INDICATORS = Map.of("ENERGY_INTENSITY", new Indicator("energy_consumption",
			"tce/万元"), "WATER_INTENSITY", new Indicator("fresh_water", "m³/万元"));

	public record Standard(String industryCode, String indicator, BigDecimal ceiling, String unit, String source) {
	}

	record Command(@DecimalMax("1e9") BigDecimal ceiling, @Size(max = 400) String source) {
	}

	/** An enterprise above its ceiling: actual and ceiling in the indicator's unit, the gap and the gap in %. */
	public record Gap(String creditCode, String name, String industryCode, String indicator, BigDecimal actual,
			BigDecimal ceiling, String unit, BigDecimal gap, BigDecimal gapPercent, String source) {
	}

	private final JdbcClient jdbc;
	private final ParkAccess access;
	private final ParkIndicators indicators;
	private final EnterpriseRegistry enterprises;
	private final Audit audit;

	EntryStandards(JdbcClient jdbc, ParkAccess access, ParkIndicators indicators, EnterpriseRegistry enterprises,
			Audit audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.indicators = indicators;
		this.enterprises = enterprises;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Standard> all() {
		return jdbc.sql("select industry_code, indicator, ceiling, source from energy_entry_standard order by 1, 2")
			.query((rs, n) -> {
				String code = rs.getString(2);
				return new Standard(rs.getString(1), code, rs.getBigDecimal(3), INDICATORS.get(code).unit(), rs.getString(4));
			}).list();
	}

	/** Sets (or replaces) a ceiling: CITY only. */
	public Standard put(String industryCode, String indicator, Command c) {
		access.checkCity();
		Inputs.check(c);
		List<FieldProblem> problems = new ArrayList<>();
		Indicator i = INDICATORS.get(indicator);
		if (i == null) {
			problems.add(new FieldProblem("indicator", "entry.indicator"));
		}
		if (enterprises.industries().stream().noneMatch(x -> x.code().equals(industryCode))) {
			problems.add(new FieldProblem("industryCode", "entry.industry", industryCode));
		}
		if (c.ceiling() == null || c.ceiling().signum() <= 0) {
			problems.add(new FieldProblem("ceiling", "entry.ceiling"));
		}
		if (c.source() == null || c.source().isBlank()) {
			problems.add(new FieldProblem("source", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		jdbc.sql("""
				insert into energy_entry_standard (industry_code, indicator, ceiling, source) values (?, ?, ?, ?)
				on conflict (industry_code, indicator) do update set ceiling = excluded.ceiling, source = excluded.source""")
			.params(industryCode, indicator, c.ceiling(), c.source().strip()).update();
		audit.record("UPDATE", "energy_entry_standard", industryCode + "/" + indicator, c.ceiling() + " " + i.unit());
		return new Standard(industryCode, indicator, c.ceiling(), i.unit(), c.source().strip());
	}

	/** The park's enterprises above their division's ceiling in the year, largest gap in % first (offices, CITY). */
	@Transactional(readOnly = true)
	public List<Gap> gaps(String parkCode, int year) {
		Map<String, Map<String, BigDecimal>> reported = indicators.enterpriseValues(parkCode, year,
				Set.of("value_added", "energy_consumption", "fresh_water"));
		List<Standard> standards = all();
		List<Gap> gaps = new ArrayList<>();
		for (EnterpriseRegistry.Profile e : enterprises.profilesIn(List.of(parkCode))) {
			Map<String, BigDecimal> v = reported.getOrDefault(e.creditCode(), Map.of());
			BigDecimal va = v.get("value_added");
			for (Standard s : standards) {
				BigDecimal used = v.get(INDICATORS.get(s.indicator()).item());
				if (!s.industryCode().equals(e.industryCode()) || va == null || va.signum() == 0 || used == null) {
					continue;
				}
				BigDecimal actual = used.divide(va, MathContext.DECIMAL64);
				if (actual.compareTo(s.ceiling()) > 0) {
					BigDecimal gap = actual.subtract(s.ceiling());
					gaps.add(new Gap(e.creditCode(), e.name(), e.industryCode(), s.indicator(),
							actual.setScale(4, RoundingMode.HALF_UP), s.ceiling(), s.unit(), gap.setScale(4, RoundingMode.HALF_UP),
							gap.multiply(BigDecimal.valueOf(100)).divide(s.ceiling(), 2, RoundingMode.HALF_UP), s.source()));
				}
			}
		}
		gaps.sort((a, b) -> b.gapPercent().compareTo(a.gapPercent()));
		return gaps;
	}
}
