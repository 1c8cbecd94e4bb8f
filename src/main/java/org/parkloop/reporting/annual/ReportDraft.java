package org.parkloop.reporting.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parkloop.energy.EnergyFigures;
import org.parkloop.exchange.ExchangeFigures;
import org.parkloop.funds.FundFigures;
import org.parkloop.indicators.ParkIndicators;
import org.parkloop.registry.ParkView;
import org.parkloop.transformation.KeyProjects;
import org.parkloop.transformation.ParkStatuses;
import org.springframework.stereotype.Component;

/**
 * The figures of a report, drafted from the other modules' own answers for each park of the unit as of the year's
 * end: the case's standing and its steps in the year, the plan in force with its key projects against their
 * milestones, R17's 90 % test of the year's indicators against the targets, R10's boiler figures, the exchange's deals
 * and tonnage of the year and the city's subsidies granted and paid in it.
 */
@Component
class ReportDraft {

	/** One park's figures in the report. */
	record ParkFigures(String code, String nameZh, String nameEn, String status, String designation, LocalDate since,
			List<Step> steps, Plan plan, Test test, EnergyFigures.Summary energy, ExchangeFigures.Summary exchange,
			FundFigures.Summary funds) {
	}

	record Step(LocalDate date, String status, String designation, String note) {
	}

	record Plan(int revision, LocalDate approvedOn, String documentNumber, List<Project> projects) {
	}

	record Project(String name, String category, BigDecimal investment, int milestones, int reached,
			int missed, int progressReports, BigDecimal investmentMade, BigDecimal percentComplete) {
	}

	record Test(boolean passed, List<ParkIndicators.TestedIndicator> indicators) {
	}

	private final ParkStatuses statuses;
	private final KeyProjects projects;
	private final ParkIndicators indicators;
	private final EnergyFigures energy;
	private final ExchangeFigures exchange;
	private final FundFigures funds;

	ReportDraft(ParkStatuses statuses, KeyProjects projects, ParkIndicators indicators, EnergyFigures energy,
			ExchangeFigures exchange, FundFigures funds) {
		this.statuses = statuses;
		this.projects = projects;
		this.indicators = indicators;
		this.energy = energy;
		this.exchange = exchange;
		this.funds = funds;
	}

	List<ParkFigures> of(List<ParkView> parks, int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		List<ParkFigures> out = new ArrayList<>();
		var deals = exchange.ofYear(year);
		var grants = funds.ofYear(year);
		for (ParkView p : parks) {
			var standing = statuses.standingOf(p.code(), end);
			List<Step> steps = statuses.history(p.code()).stream()
				.filter(s -> s.effectiveDate().getYear() == year)
				.map(s -> new Step(s.effectiveDate(), s.status() == null ? null : s.status().name(),
						s.designation() == null ? null : s.designation().name(), s.note()))
				.toList();
			Plan plan = projects.inForce(p.code(), end).map(f -> new Plan(f.revision(), f.approvedOn(), f.documentNumber(),
					f.projects().stream().map(x -> new Project(x.name(), x.category(), x.investment(), x.milestones().size(),
							(int) x.milestones().stream().filter(m -> m.reachedOn() != null).count(),
							(int) x.milestones().stream().filter(m -> !m.plannedDate().isAfter(end) && m.reachedOn() == null)
								.count(),
							x.progressReports(), x.investmentMade(), x.percentComplete())).toList()))
				.orElse(null);
			ParkIndicators.AcceptanceTest t = indicators.acceptanceTest(p.code(), year);
			out.add(new ParkFigures(p.code(), p.name(Locale.SIMPLIFIED_CHINESE), p.name(Locale.ENGLISH),
					standing.status().name(), standing.designation().name(), standing.since(), steps, plan,
					new Test(t.passed(), t.indicators()), energy.summary(p.code(), end),
					deals.getOrDefault(p.code(), new ExchangeFigures.Summary(p.code(), year, 0, 0, java.util.Map.of(), 0)),
					grants.getOrDefault(p.code(), new FundFigures.Summary(p.code(), year, 0, BigDecimal.ZERO, BigDecimal.ZERO))));
		}
		return out;
	}
}
