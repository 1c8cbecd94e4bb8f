package org.parkloop.indicators.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.indicators.values.IndicatorValues;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.DemoMode;
import org.parkloop.shared.Caller;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Targets for the demo parks (base year 2013, target year 2017), entered by the city from the demo data's 2013
 * values: 20 % less energy and water per unit of value added, no more COD than in 2013 while output grows, 95 % of solid
 * waste utilised.
 */
@Component
@Order(36)
class DemoTargets implements ApplicationRunner {

	private static final Map<String, String> CHANGE = Map.of("ENERGY_INTENSITY", "0.8", "WATER_INTENSITY", "0.8",
			"COD_EMISSIONS", "1");

	private final DemoMode demo;
	private final IndicatorValues values;
	private final ParkTargets targets;
	private final TransactionTemplate tx;

	DemoTargets(DemoMode demo, IndicatorValues values, ParkTargets targets, TransactionTemplate tx) {
		this.demo = demo;
		this.values = values;
		this.targets = targets;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		Caller city = new Caller("city", Set.of(new Grant(Role.CITY, null)));
		if (!demo.isOn() || targets.of("wz-etdz").isPresent()) {
			return;
		}
		CurrentCaller.as(city, () -> tx.execute(s -> {
			for (String park : List.of("wz-etdz", "zj-ouhai-eda", "zj-yueqing-eda")) {
				Map<String, BigDecimal> base = values.of(park, 2013).stream().filter(i -> i.value() != null)
					.collect(Collectors.toMap(IndicatorValues.ParkIndicator::code, IndicatorValues.ParkIndicator::value));
				if (base.isEmpty()) {
					return null;
				}
				List<ParkIndicators.Target> list = new java.util.ArrayList<>();
				CHANGE.forEach((code, factor) -> list.add(new ParkIndicators.Target(code, round(base.get(code)),
						round(base.get(code).multiply(new BigDecimal(factor))))));
				list.add(new ParkIndicators.Target("SOLID_WASTE_UTILISATION_RATE", round(base.get("SOLID_WASTE_UTILISATION_RATE")),
						new BigDecimal("95")));
				targets.enter(values.checkOffice(park), new ParkIndicators.Targets(2013, 2017, list, null, null, null),
						ExpectedVersion.ANY);
			}
			return null;
		}));
	}

	private static BigDecimal round(BigDecimal v) {
		return org.parkloop.shared.Quantity.plain(v.round(new java.math.MathContext(4)));
	}
}
