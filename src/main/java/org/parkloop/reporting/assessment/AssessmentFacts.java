package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.energy.EnergyFigures;
import org.parkloop.exchange.ExchangeFigures;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.registry.ParkView;
import org.parkloop.reporting.annual.ReportingUnits;
import org.parkloop.reporting.annual.ReportsOnTime;
import org.parkloop.transformation.KeyProjects;
import org.parkloop.transformation.ParkStatuses;
import org.springframework.stereotype.Component;

/** Each assessed park's {@link Metric.Facts} of a year, read from the other modules' facades as of the year's end. */
@Component
class AssessmentFacts {

	private final ReportingUnits units;
	private final ParkStatuses statuses;
	private final KeyProjects projects;
	private final ParkIndicators indicators;
	private final EnergyFigures energy;
	private final ExchangeFigures exchange;
	private final ReportsOnTime reports;

	AssessmentFacts(ReportingUnits units, ParkStatuses statuses, KeyProjects projects, ParkIndicators indicators,
			EnergyFigures energy, ExchangeFigures exchange, ReportsOnTime reports) {
		this.units = units;
		this.statuses = statuses;
		this.projects = projects;
		this.indicators = indicators;
		this.energy = energy;
		this.exchange = exchange;
		this.reports = reports;
	}

	/** The parks assessed in the year: those a report of the year covers (existing at its end, not merged by then). */
	List<ParkView> parks(int year) {
		return units.covered(ReportingUnits.CITY_WIDE, null, year);
	}

	/** The facts of each park by code. */
	Map<String, Metric.Facts> of(List<ParkView> parks, int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		Set<String> onTime = reports.of(year);
		Map<String, ExchangeFigures.Summary> deals = exchange.ofYear(year);
		Map<String, Metric.Facts> out = new LinkedHashMap<>();
		for (ParkView p : parks) {
			var plan = projects.inForce(p.code(), end);
			var due = plan.stream().flatMap(f -> f.projects().stream()).flatMap(x -> x.milestones().stream())
				.filter(m -> !m.plannedDate().isAfter(end)).toList();
			int reached = (int) due.stream().filter(m -> m.reachedOn() != null && !m.reachedOn().isAfter(end)).count();
			List<BigDecimal> completions = indicators.acceptanceTest(p.code(), year).indicators().stream()
				.map(ParkIndicators.TestedIndicator::completion).toList();
			var d = deals.get(p.code());
			var boilers = energy.summary(p.code(), end);
			out.put(p.code(), new Metric.Facts(statuses.standingOf(p.code(), end).status(), plan.isPresent(), due.size(),
					reached, completions, onTime.contains(ReportingUnits.reporterOf(p)),
					d != null && (d.dealsCompleted() > 0 || !d.shipped().isEmpty()), boilers.done(), boilers.overdue()));
		}
		return out;
	}
}
