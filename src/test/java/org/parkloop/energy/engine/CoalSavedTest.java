package org.parkloop.energy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The coal no longer burned and the emissions avoided, against hand computation with the shipped factors. */
class CoalSavedTest {

	/** As shipped in V33 (GB/T 2589, HJ 953, the 2010 pollution census manual, IPCC 2006). */
	static final CoalSaved.Factors SHIPPED = new CoalSaved.Factors(new BigDecimal("0.7143"), new BigDecimal("0.1722"),
			new BigDecimal("16"), new BigDecimal("2.94"), new BigDecimal("30"), new BigDecimal("1977.8968"));

	@Test
	void recordedCoalUseAndCapacityTimesHoursAddUp() {
		// 1,000 t recorded; 4 t/h × 2,000 h × 0.1722 = 1,377.6 t estimated; one boiler with neither: unknown
		CoalSaved.Totals t = CoalSaved.of(List.of(new CoalSaved.Boiler(new BigDecimal("1000"), new BigDecimal("20"), 5000),
				new CoalSaved.Boiler(null, new BigDecimal("4"), 2000), new CoalSaved.Boiler(null, new BigDecimal("2"), null)),
				SHIPPED);
		assertThat(t.coalTonnes()).isEqualByComparingTo("2377.6");
		assertThat(t.coalTce()).isEqualByComparingTo("1698.320"); // 2,377.6 × 0.7143 = 1,698.31968
		assertThat(t.avoided().so2()).isEqualByComparingTo("38.042"); // × 16 kg/t = 38.0416 t
		assertThat(t.avoided().nox()).isEqualByComparingTo("6.990"); // × 2.94 kg/t = 6.990144 t
		assertThat(t.avoided().particulates()).isEqualByComparingTo("71.328"); // × 30 kg/t
		assertThat(t.avoided().co2()).isEqualByComparingTo("4702.647"); // × 1,977.8968 kg/t = 4,702.64743168 t
		assertThat(List.of(t.recorded(), t.estimated(), t.unknown())).containsExactly(1, 1, 1);
	}

	@Test
	void recordedCoalUseWinsOverHoursAndNothingGivesZero() {
		assertThat(CoalSaved.coalTonnes(new CoalSaved.Boiler(new BigDecimal("12.5"), new BigDecimal("10"), 8000), SHIPPED))
			.isEqualByComparingTo("12.5");
		assertThat(CoalSaved.coalTonnes(new CoalSaved.Boiler(null, new BigDecimal("10"), null), SHIPPED)).isNull();
		CoalSaved.Totals none = CoalSaved.of(List.of(), SHIPPED);
		assertThat(none.coalTce()).isEqualByComparingTo("0");
		assertThat(none.avoided().co2()).isEqualByComparingTo("0");
	}

	@Test
	void theShippedFactorsFollowFromTheirSources() {
		// 1 t/h = 0.7 MW = 2.52 GJ/h; at 70 % on 20.908 GJ/t raw coal
		assertThat(new BigDecimal("2.52").divide(new BigDecimal("0.70").multiply(new BigDecimal("20.908")),
				4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(SHIPPED.coalRate());
		// IPCC 94,600 kg/TJ × 20.908 GJ/t; SO2 = 2 × 0.8 × 1.0 % × 1,000 kg; particulates 20 % ash × 0.15 fly ash
		assertThat(new BigDecimal("94.6").multiply(new BigDecimal("20.908"))).isEqualByComparingTo(SHIPPED.co2());
		assertThat(new BigDecimal("2").multiply(new BigDecimal("0.8")).multiply(new BigDecimal("10")))
			.isEqualByComparingTo(SHIPPED.so2());
		assertThat(new BigDecimal("200").multiply(new BigDecimal("0.15"))).isEqualByComparingTo(SHIPPED.particulates());
		// GB/T 2589: raw coal 5,000 kcal/kg (20,908 kJ/kg) against 7,000 kcal/kg for a kgce
		assertThat(new BigDecimal("5000").divide(new BigDecimal("7000"), 4, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo(SHIPPED.tcePerTonne());
	}
}
