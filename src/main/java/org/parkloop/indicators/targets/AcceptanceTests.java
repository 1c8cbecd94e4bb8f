package org.parkloop.indicators.targets;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parkloop.indicators.ParkIndicators;
import org.parkloop.indicators.engine.AcceptanceCheck;
import org.parkloop.indicators.values.IndicatorValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R17's test of a park and year: the park's targets against the year's actual values ({@link AcceptanceCheck}),
 * each indicator with its direction as defined that year. The module's facade for the transformation case.
 */
@Service
class AcceptanceTests implements ParkIndicators {

	private final ParkTargets targets;
	private final IndicatorValues values;
	private final org.parkloop.indicators.catalogue.IndicatorCatalogue catalogue;
	private final org.parkloop.indicators.values.DerivedValues derived;
	private final org.parkloop.indicators.values.PublicValues publicValues;

	AcceptanceTests(ParkTargets targets, IndicatorValues values,
			org.parkloop.indicators.catalogue.IndicatorCatalogue catalogue,
			org.parkloop.indicators.values.DerivedValues derived,
			org.parkloop.indicators.values.PublicValues publicValues) {
		this.derived = derived;
		this.publicValues = publicValues;
		this.targets = targets;
		this.values = values;
		this.catalogue = catalogue;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Set<String> indicatorCodes() {
		return catalogue.versions().stream().map(org.parkloop.indicators.catalogue.IndicatorCatalogue.Definition::code)
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	@Override
	@Transactional(readOnly = true)
	public AcceptanceTest acceptanceTest(String parkCode, int year) {
		Map<String, IndicatorValues.ParkIndicator> actual = values.of(parkCode, year).stream()
			.collect(Collectors.toMap(IndicatorValues.ParkIndicator::code, Function.identity()));
		List<AcceptanceCheck.Indicator> tested = targets.of(parkCode).map(Targets::indicators).orElse(List.of()).stream()
			.map(t -> {
				IndicatorValues.ParkIndicator a = actual.get(t.code());
				return a == null
						? new AcceptanceCheck.Indicator(t.code(), null, t.baseline(), t.target(), null, List.of())
						: new AcceptanceCheck.Indicator(t.code(), a.direction(), t.baseline(), t.target(),
								a.complete() ? a.value() : null, a.missing());
			})
			.toList();
		AcceptanceCheck.Result result = AcceptanceCheck.check(tested);
		boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> names = new java.util.HashMap<>();
		catalogue.versions().forEach(d -> names.put(d.code(), english ? d.nameEn() : d.nameZh()));
		return new AcceptanceTest(parkCode, year, result.passed(), result.indicators().stream()
			.map(o -> new TestedIndicator(o.code(), o.baseline(), o.target(), o.actual(), o.completion(), o.passed(),
					o.missing(), names.getOrDefault(o.code(), o.code())))
			.toList());
	}

	@Override
	@Transactional
	public void setPlanTargets(String parkCode, Targets t, String planRef) {
		targets.fromPlan(parkCode, t, planRef);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Map<String, java.math.BigDecimal>> enterpriseValues(String parkCode, int year,
			java.util.Set<String> items) {
		values.checkOffice(parkCode);
		return derived.enterpriseValues(parkCode, year, items);
	}

	@Override
	@Transactional
	public void putDerived(String parkCode, int year, String source, List<DerivedItem> items) {
		derived.put(parkCode, year, source, items);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Derived> derived(String parkCode, Integer year) {
		values.checkOffice(parkCode);
		return derived.of(parkCode, year);
	}

	@Override
	public List<PublicValue> publicValues(int year) {
		return publicValues.of(year);
	}
}
