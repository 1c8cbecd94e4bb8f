package org.parkloop.energy.industry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.Industry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R8: a park's structure by value added in a year (the enterprises' accepted reports, read through the indicators'
 * facade) by GB/T 4754 division, and the shares of Wenzhou's five pillar and ten emerging industries (a division in
 * two categories counts in each; the pillar and emerging shares count each enterprise once). Enterprises without an
 * accepted value added are listed as missing.
 */
@Service
@Transactional(readOnly = true)
public class IndustryStructure {

	public record Category(String code, String kind, String nameZh, String nameEn, List<String> divisions) {
	}

	public record Division(String code, String nameZh, String nameEn, BigDecimal valueAdded, BigDecimal share,
			List<String> categories) {
	}

	public record Share(String code, String kind, String nameZh, String nameEn, BigDecimal valueAdded, BigDecimal share) {
	}

	/** Value added in 万元; shares in % to two decimals (null without any value added). */
	public record Result(String parkCode, int year, BigDecimal valueAdded, List<Division> divisions,
			List<Share> categories, BigDecimal pillarShare, BigDecimal emergingShare, List<String> missing) {
	}

	private final JdbcClient jdbc;
	private final ParkIndicators indicators;
	private final EnterpriseRegistry enterprises;

	IndustryStructure(JdbcClient jdbc, ParkIndicators indicators, EnterpriseRegistry enterprises) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.enterprises = enterprises;
	}

	public List<Category> categories() {
		Map<String, List<String>> divisions = new HashMap<>();
		jdbc.sql("select category_code, division_code from energy_industry_division order by division_code")
			.query((rs, n) -> divisions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return jdbc.sql("select code, kind, name_zh, name_en from energy_industry_category order by seq")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					divisions.getOrDefault(rs.getString(1), List.of())))
			.list();
	}

	/** For the park's offices and CITY (the facade checks). */
	public Result of(String parkCode, int year) {
		Map<String, Map<String, BigDecimal>> reported = indicators.enterpriseValues(parkCode, year, Set.of("value_added"));
		List<Category> categories = categories();
		Map<String, Industry> names = new HashMap<>();
		enterprises.industries().forEach(i -> names.put(i.code(), i));
		Map<String, BigDecimal> byDivision = new TreeMap<>();
		Map<String, BigDecimal> byCategory = new HashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal pillar = BigDecimal.ZERO;
		BigDecimal emerging = BigDecimal.ZERO;
		List<String> missing = new ArrayList<>();
		for (EnterpriseRegistry.Profile e : enterprises.profilesIn(List.of(parkCode))) {
			BigDecimal va = reported.getOrDefault(e.creditCode(), Map.of()).get("value_added");
			if (va == null) {
				missing.add(e.creditCode());
				continue;
			}
			total = total.add(va);
			byDivision.merge(e.industryCode(), va, BigDecimal::add);
			Set<String> kinds = new LinkedHashSet<>();
			for (Category c : categories) {
				if (c.divisions().contains(e.industryCode())) {
					byCategory.merge(c.code(), va, BigDecimal::add);
					kinds.add(c.kind());
				}
			}
			pillar = kinds.contains("PILLAR") ? pillar.add(va) : pillar;
			emerging = kinds.contains("EMERGING") ? emerging.add(va) : emerging;
		}
		BigDecimal all = total;
		List<Division> divisions = byDivision.entrySet().stream().map(d -> new Division(d.getKey(),
				names.containsKey(d.getKey()) ? names.get(d.getKey()).nameZh() : d.getKey(),
				names.containsKey(d.getKey()) ? names.get(d.getKey()).nameEn() : d.getKey(), d.getValue(),
				share(d.getValue(), all), categories.stream().filter(c -> c.divisions().contains(d.getKey()))
					.map(Category::code).toList()))
			.toList();
		List<Share> shares = categories.stream().map(c -> {
			BigDecimal va = byCategory.getOrDefault(c.code(), BigDecimal.ZERO);
			return new Share(c.code(), c.kind(), c.nameZh(), c.nameEn(), va, share(va, all));
		}).toList();
		return new Result(parkCode, year, total, divisions, shares, share(pillar, all), share(emerging, all), missing);
	}

	private static BigDecimal share(BigDecimal part, BigDecimal total) {
		return total.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
	}
}
