package org.parkloop.reporting.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.exchange.ExchangeFigures;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.platform.ViewCache;
import org.parkloop.platform.When;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.parkloop.registry.ParkView;
import org.parkloop.reporting.annual.ReportingUnits;
import org.parkloop.transformation.ParkStatuses;
import org.springframework.stereotype.Component;

/**
 * What the public sees of the programme (R13), without signing in: each park's standing and the dated steps of its
 * case (without the internal notes), its indicators as {@link ParkIndicators#publicValues} allows, and the exchange's
 * totals of a year (a park's own only when at least three of its enterprises took part). Each is kept while the data of
 * the modules it reads is unchanged ({@link ViewCache}), so the public API answers a crowd as the public page does.
 */
@Component
public class PublicData {

	public record Step(LocalDate date, String status, String designation) {
	}

	public record Park(String code, String nameZh, String nameEn, String level, String administeredBy, String status,
			String designation, LocalDate since, List<Step> timeline) {
	}

	public record Value(String code, String nameZh, String nameEn, String unit, BigDecimal value, boolean suppressed) {
	}

	public record ParkValues(String parkCode, String nameZh, String nameEn, List<Value> indicators) {
	}

	public record Indicators(int year, int minimumEnterprises, List<ParkValues> parks) {
	}

	/** A park's exchange figures; null figures when withheld (fewer than three of its enterprises took part). */
	public record ParkExchange(String parkCode, Integer dealsCompleted, BigDecimal tonnes, boolean suppressed) {
	}

	public record Exchange(int year, int dealsCompleted, BigDecimal tonnes, List<ParkExchange> parks) {
	}

	private final ReportingUnits units;
	private final ParkStatuses statuses;
	private final ParkIndicators indicators;
	private final ExchangeFigures exchange;
	private final When when;
	private final ViewCache<LocalDate, List<Park>> parkViews;
	private final ViewCache<Integer, Indicators> indicatorViews;
	private final ViewCache<Integer, Exchange> exchangeViews;

	PublicData(ReportingUnits units, ParkStatuses statuses, ParkIndicators indicators, ExchangeFigures exchange,
			When when, JdbcClient jdbc) {
		this.units = units;
		this.statuses = statuses;
		this.indicators = indicators;
		this.exchange = exchange;
		this.when = when;
		this.parkViews = new ViewCache<>(jdbc, 4, "registry", "transformation");
		this.indicatorViews = new ViewCache<>(jdbc, 32, "registry", "indicators");
		this.exchangeViews = new ViewCache<>(jdbc, 32, "registry", "exchange");
	}

	/** The year whose figures are shown when none is asked for: last year (a year's data is collected in the next). */
	public int defaultYear() {
		return when.today().getYear() - 1;
	}

	public List<Park> parks() {
		LocalDate today = when.today();
		return parkViews.get(today, () -> parksOn(today));
	}

	private List<Park> parksOn(LocalDate today) {
		List<Park> out = new ArrayList<>();
		for (ParkView p : parks(today)) {
			var s = statuses.standingOf(p.code(), today);
			List<Step> steps = statuses.history(p.code()).stream()
				.map(c -> new Step(c.effectiveDate(), c.status() == null ? null : c.status().name(),
						c.designation() == null ? null : c.designation().name()))
				.toList();
			out.add(new Park(p.code(), p.nameZh(), p.nameEn(), p.levelOn(today).name(), p.administeredBy(), s.status().name(),
					s.designation().name(), s.since(), steps));
		}
		return out;
	}

	public Indicators indicators(int year) {
		return indicatorViews.get(year, () -> indicatorsOf(year));
	}

	private Indicators indicatorsOf(int year) {
		Map<String, List<Value>> byPark = new LinkedHashMap<>();
		for (ParkIndicators.PublicValue v : indicators.publicValues(year)) {
			byPark.computeIfAbsent(v.parkCode(), k -> new ArrayList<>())
				.add(new Value(v.code(), v.nameZh(), v.nameEn(), v.unit(), v.value(), v.suppressed()));
		}
		List<ParkValues> out = new ArrayList<>();
		for (ParkView p : units.active()) {
			if (byPark.containsKey(p.code())) {
				out.add(new ParkValues(p.code(), p.nameZh(), p.nameEn(), byPark.get(p.code())));
			}
		}
		return new Indicators(year, ParkIndicators.PUBLIC_MINIMUM, out);
	}

	public Exchange exchange(int year) {
		return exchangeViews.get(year, () -> exchangeOf(year));
	}

	private Exchange exchangeOf(int year) {
		Map<String, ExchangeFigures.Summary> of = exchange.ofYear(year);
		List<ParkExchange> parks = new ArrayList<>();
		for (ParkView p : units.active()) {
			ExchangeFigures.Summary s = of.get(p.code());
			if (s != null) {
				boolean withheld = ParkIndicators.suppressed(true, s.enterprises());
				parks.add(new ParkExchange(p.code(), withheld ? null : s.dealsCompleted(), withheld ? null : s.tonnes(),
						withheld));
			}
		}
		// a deal between two parks counts in both: the city's totals count each deal and shipment once
		ExchangeFigures.Summary city = exchange.cityTotals(year);
		return new Exchange(year, city.dealsCompleted(), city.tonnes(), parks);
	}

	private List<ParkView> parks(LocalDate today) {
		return units.active().stream().filter(p -> p.existsOn(today)).toList();
	}
}
