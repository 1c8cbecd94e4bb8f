package org.parkloop.shared;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit of the platform's quantities, with its exact relation to the base unit of its dimension: one of this unit is
 * {@code perBase} ÷ {@code divisor} base units (元, t, tce, m³, m²). Written by its code (the API's), or an alias.
 *
 * <p>Energy: electricity at its calorific equivalent (当量值) 0.1229 kgce/kWh (GB/T 2589-2020, appendix A); 1 tce =
 * 29.3076 GJ (GB/T 2589: 7,000 kcal/kgce × 4.1868 kJ/kcal). Area: 1 亩 = 666.67 m² (the rounded 10,000/15 of the
 * statistics; 1 hm² = 15 亩).
 */
public record Unit(String code, Dimension dimension, BigDecimal perBase, BigDecimal divisor, List<String> aliases) {

	public static final Unit YUAN = money("元", "1");
	public static final Unit WAN_YUAN = money("万元", "10000");
	public static final Unit YI_YUAN = money("亿元", "100000000");
	public static final Unit TONNE = of("t", Dimension.MASS, "1", "1", "吨");
	public static final Unit KILOGRAM = of("kg", Dimension.MASS, "0.001", "1", "千克", "公斤");
	public static final Unit WAN_TONNE = of("万t", Dimension.MASS, "10000", "1", "万吨");
	public static final Unit TCE = of("tce", Dimension.ENERGY, "1", "1", "吨标准煤", "吨标煤");
	public static final Unit KGCE = of("kgce", Dimension.ENERGY, "0.001", "1", "千克标准煤");
	public static final Unit WAN_TCE = of("万tce", Dimension.ENERGY, "10000", "1", "万吨标准煤");
	public static final Unit KWH = of("kWh", Dimension.ENERGY, "0.0001229", "1", "千瓦时", "度");
	public static final Unit MWH = of("MWh", Dimension.ENERGY, "0.1229", "1", "兆瓦时");
	public static final Unit GJ = of("GJ", Dimension.ENERGY, "1", "29.3076", "吉焦");
	public static final Unit CUBIC_METRE = of("m³", Dimension.VOLUME, "1", "1", "m3", "立方米");
	public static final Unit WAN_CUBIC_METRE = of("万m³", Dimension.VOLUME, "10000", "1", "万m3", "万立方米");
	public static final Unit NORMAL_CUBIC_METRE = of("Nm³", Dimension.GAS_VOLUME, "1", "1", "Nm3", "标准立方米");
	public static final Unit SQUARE_KILOMETRE = of("km²", Dimension.AREA, "1000000", "1", "km2", "平方公里");
	public static final Unit HECTARE = of("hm²", Dimension.AREA, "10000", "1", "hm2", "公顷");
	public static final Unit MU = of("亩", Dimension.AREA, "666.67", "1", "mu");

	private static final Map<String, Unit> BY_NAME = new LinkedHashMap<>();

	static {
		for (Unit u : List.of(YUAN, WAN_YUAN, YI_YUAN, TONNE, KILOGRAM, WAN_TONNE, TCE, KGCE, WAN_TCE, KWH, MWH, GJ,
				CUBIC_METRE, WAN_CUBIC_METRE, NORMAL_CUBIC_METRE, SQUARE_KILOMETRE, HECTARE, MU)) {
			BY_NAME.put(u.code(), u);
			u.aliases().forEach(a -> BY_NAME.put(a, u));
		}
	}

	public Unit {
		aliases = List.copyOf(aliases);
	}

	private static Unit money(String code, String perBase) {
		return of(code, Dimension.MONEY, perBase, "1");
	}

	private static Unit of(String code, Dimension dimension, String perBase, String divisor, String... aliases) {
		return new Unit(code, dimension, new BigDecimal(perBase), new BigDecimal(divisor), List.of(aliases));
	}

	/** Every unit, by its code. */
	public static List<Unit> all() {
		return BY_NAME.values().stream().distinct().toList();
	}

	/** The unit written so (its code or an alias, surrounding blanks ignored), if there is one. */
	public static Optional<Unit> find(String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.strip()));
	}

	/** The unit written so, or a violation naming what was written. In JSON a unit is its code. */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static Unit of(String name) {
		return find(name).orElseThrow(() -> RuleViolation.onField("unit", "unit.unknown", String.valueOf(name)));
	}

	@Override
	@com.fasterxml.jackson.annotation.JsonValue
	public String toString() {
		return code;
	}
}
