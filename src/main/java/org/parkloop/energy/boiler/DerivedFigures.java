package org.parkloop.energy.boiler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The park-level figures this module derives and hands to the indicators through their facade (marked as derived,
 * never mixed into what the park reports), per year from 2014 to this one: installed PV (kW at the year's end),
 * renewable electricity (MWh) and heat (GJ) of the installations operating in the year and their tce (electricity at
 * its calorific equivalent 0.1229 kgce/kWh, heat at 1/29.3076 tce per GJ, GB/T 2589-2008), and the coal no longer
 * burned in boilers taken off coal by the year's end (tce) with the CO2 it no longer emits. Recomputed for the whole
 * park whenever its boilers or installations change, over all of them whoever made the change.
 */
@Component
class DerivedFigures {

	static final String SOURCE = "energy";
	static final int FIRST_YEAR = 2014;
	static final BigDecimal TCE_PER_MWH = new BigDecimal("0.1229");
	static final BigDecimal GJ_PER_TCE = new BigDecimal("29.3076");
	/** Reads every boiler and installation of the park, whoever changed one. */
	private static final Caller MODULE = new Caller("energy", Set.of(new Grant(Role.CITY, null)));

	private final Renewables renewables;
	private final Compliance compliance;
	private final ParkIndicators indicators;
	private final Clock clock;

	DerivedFigures(Renewables renewables, Compliance compliance, ParkIndicators indicators, Clock clock) {
		this.renewables = renewables;
		this.compliance = compliance;
		this.indicators = indicators;
		this.clock = clock;
	}

	@EventListener
	void on(EnergyDataChanged changed) {
		handOver(changed.parkCode());
	}

	void handOver(String parkCode) {
		CurrentCaller.as(MODULE, () -> {
			List<Renewable> installations = renewables.ofPark(parkCode);
			LocalDate today = LocalDate.now(clock);
			int first = installations.stream().mapToInt(r -> r.commissionedOn().getYear()).min().orElse(FIRST_YEAR);
			for (int year = Math.min(first, FIRST_YEAR); year <= today.getYear(); year++) {
				LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
				indicators.putDerived(parkCode, year, SOURCE, figures(installations, year, compliance.asOf(parkCode, end)));
			}
			return null;
		});
	}

	/** The year's figures; none when all are zero. */
	static List<ParkIndicators.DerivedItem> figures(List<Renewable> installations, int year, Compliance.Result boilers) {
		int y = year;
		List<Renewable> operating = installations.stream().filter(r -> r.operatingIn(y)).toList();
		Predicate<Renewable> renewable = r -> r.kind() != Renewable.Kind.CHP;
		BigDecimal pv = operating.stream().filter(r -> r.kind() == Renewable.Kind.PV
				&& (r.decommissionedOn() == null || r.decommissionedOn().getYear() > y))
			.map(Renewable::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mwh = operating.stream().filter(renewable).filter(r -> r.electricityMwh() != null)
			.map(Renewable::electricityMwh).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal gj = operating.stream().filter(renewable).filter(r -> r.heatGj() != null).map(Renewable::heatGj)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tce = mwh.multiply(TCE_PER_MWH).add(gj.divide(GJ_PER_TCE, 6, RoundingMode.HALF_UP))
			.setScale(3, RoundingMode.HALF_UP);
		List<ParkIndicators.DerivedItem> items = new ArrayList<>();
		items.add(new ParkIndicators.DerivedItem("renewable_pv_capacity", "分布式光伏装机容量", "Distributed PV capacity", pv, "kW"));
		items.add(new ParkIndicators.DerivedItem("renewable_electricity", "可再生能源发电量", "Renewable electricity", mwh, "MWh"));
		items.add(new ParkIndicators.DerivedItem("renewable_heat", "可再生能源供热量", "Renewable heat", gj, "GJ"));
		items.add(new ParkIndicators.DerivedItem("renewable_tce", "可再生能源折标准煤", "Renewable energy in tce", tce, "tce"));
		items.add(new ParkIndicators.DerivedItem("coal_boilers_coal_saved", "淘汰改造燃煤锅炉少烧煤（折标准煤）",
				"Coal no longer burned in boilers taken off coal", boilers.coalSavedTce(), "tce"));
		items.add(new ParkIndicators.DerivedItem("coal_boilers_co2_avoided", "淘汰改造燃煤锅炉减排二氧化碳",
				"CO2 avoided by boilers taken off coal", boilers.avoided().co2(), "t"));
		return items.stream().allMatch(i -> i.value().signum() == 0) ? List.of() : items;
	}
}
