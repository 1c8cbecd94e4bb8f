package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkView;
import org.parkloop.reporting.annual.ReportingUnits;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R18's assessments: CITY sets up a year's scheme, runs it over every county unit and park committee, enters the
 * scores of entered criteria with reasons, and publishes the result, which is frozen from then on and public. A
 * county unit's computed fractions are the mean of its parks'; its report on time is its own. Every change of a scheme
 * holds its row lock, so a run, an entered score and the publication never overwrite one another.
 */
@Service
@Transactional
class Assessments {

	private final AssessmentStore store;
	private final AssessmentFacts facts;
	private final CurrentCaller callers;
	private final org.parkloop.registry.ParkAccess access;
	private final Audit audit;
	private final Clock clock;

	Assessments(AssessmentStore store, AssessmentFacts facts, CurrentCaller callers, Audit audit,
			Clock clock, org.parkloop.registry.ParkAccess access) {
		this.access = access;
		this.store = store;
		this.facts = facts;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	Assessment create(SchemeCommands.Create c) {
		access.checkCity();
		Inputs.check(c);
		List<Scheme.Criterion> criteria = c.criteria() == null || c.criteria().isEmpty() ? store.defaultCriteria()
				: c.criteria().stream().map(k -> new Scheme.Criterion(k.code() == null ? null : k.code().strip(), k.nameZh(),
						k.nameEn(), k.weight(), k.source(), k.metric() == null ? null : k.metric().strip())).toList();
		SchemeCommands.check(c, criteria);
		long id = store.insert(c.name().strip(), c.year(), criteria, callers.get().username());
		audit.record("CREATE", "assessment", String.valueOf(id), c.name().strip() + " " + c.year());
		return get(id);
	}

	/** Scores every unit from today's data (entered scores kept); refused once published. */
	Assessment run(long id) {
		access.checkCity();
		Scheme s = store.locked(id);
		move(s, Scheme.Status.SCORED);
		List<ParkView> parks = facts.parks(s.year());
		Map<String, Metric.Facts> of = facts.of(parks, s.year());
		Map<String, Map<String, BigDecimal>> fractions = new HashMap<>();
		for (ParkView p : parks) {
			fractions.put(p.code(), fractions(s, List.of(of.get(p.code()))));
		}
		List<Scoring.UnitResult> results = new ArrayList<>();
		List<String> counties = parks.stream().map(ParkView::administeredBy)
			.filter(u -> !ReportingUnits.CITY_LEVEL.equals(u)).distinct().sorted().toList();
		for (String county : counties) {
			List<Metric.Facts> its = parks.stream().filter(p -> county.equals(p.administeredBy())).map(p -> of.get(p.code()))
				.toList();
			if (!its.isEmpty()) {
				results.add(new Scoring.UnitResult("COUNTY", county, county, lines(fractions(s, its)), null, null, 0, false,
						List.of()));
			}
		}
		for (ParkView p : parks) {
			results.add(new Scoring.UnitResult("PARK", p.code(), p.name(Locale.SIMPLIFIED_CHINESE),
					lines(fractions.get(p.code())), null, null, 0, false, List.of()));
		}
		store.saveResult(id, rescore(s, results), Instant.now(clock));
		audit.record("RUN", "assessment", String.valueOf(id), results.size() + " units");
		return get(id);
	}

	/** CITY's points for an entered criterion of a unit, with the reason. */
	Assessment enter(long id, String unit, String criterion, SchemeCommands.Score score) {
		access.checkCity();
		Scheme s = store.locked(id);
		Inputs.check(score);
		if (s.status() != Scheme.Status.SCORED) {
			throw new Refused("status", List.of(Refused.Reason.of(s.status() == Scheme.Status.DRAFT ? "assessment.notRun"
					: "assessment.frozen", "R18")));
		}
		Scheme.Criterion c = s.criterion(criterion);
		if (c == null || c.computed()) {
			throw new NotFound(c == null ? "assessment.criterionNotFound" : "assessment.notEntered", criterion);
		}
		List<Scoring.UnitResult> results = store.result(id);
		if (results.stream().noneMatch(r -> r.unit().equals(unit))) {
			throw new NotFound("assessment.unitNotFound", unit);
		}
		SchemeCommands.check(score, c);
		store.enter(id, unit, criterion, score.score(), score.comment().strip(), callers.get().username());
		store.saveResult(id, rescore(s, results), null);
		audit.record("SCORE", "assessment", String.valueOf(id), unit + " " + criterion + " " + score.score().toPlainString()
				+ ": " + score.comment().strip());
		return get(id);
	}

	/** Publishes the result: frozen from now on and shown on the public page; refused while a score is missing. */
	Assessment publish(long id) {
		access.checkCity();
		Scheme s = store.locked(id);
		move(s, Scheme.Status.PUBLISHED);
		List<Refused.Reason> missing = store.result(id).stream().filter(r -> !r.complete())
			.map(r -> Refused.Reason.of("assessment.missingScores", "R18", r.name())).toList();
		if (!missing.isEmpty()) {
			throw new Refused("scores", missing);
		}
		if (!store.publish(id, callers.get().username(), Instant.now(clock))) {
			throw new Refused("year", List.of(Refused.Reason.of("assessment.publishedOnce", "R18", s.year())));
		}
		audit.record("PUBLISH", "assessment", String.valueOf(id), s.name() + " " + s.year());
		return get(id);
	}

	/** A scheme with its result: any published one to anyone; the others to CITY. */
	@Transactional(readOnly = true)
	Assessment get(long id) {
		Scheme s = store.scheme(id);
		if (s.status() != Scheme.Status.PUBLISHED) {
			access.checkCity();
		}
		return Assessment.of(s, s.status() == Scheme.Status.DRAFT ? List.of() : store.result(id), store.grades());
	}

	/** The year's schemes (every year's when null): CITY sees all, everyone else the published ones. */
	@Transactional(readOnly = true)
	List<Assessment> ofYear(Integer year) {
		boolean city = callers.get().has(Role.CITY);
		return store.ids(year, !city).stream().map(this::get).toList();
	}

	private List<Scoring.UnitResult> rescore(Scheme s, List<Scoring.UnitResult> results) {
		Map<String, Map<String, Scheme.Entered>> entered = store.entered(s.id());
		var grades = store.grades();
		return Scoring.rank(results.stream().map(r -> Scoring.score(r.kind(), r.unit(), r.name(), s.criteria(),
				fractionsOf(r), entered.getOrDefault(r.unit(), Map.of()), grades)).toList());
	}

	private static Map<String, BigDecimal> fractions(Scheme s, List<Metric.Facts> parks) {
		Map<String, BigDecimal> out = new HashMap<>();
		for (Scheme.Criterion c : s.criteria()) {
			if (c.computed()) {
				Metric m = Metric.valueOf(c.metric());
				out.put(c.code(), Metric.mean(parks.stream().map(m::of).toList()));
			}
		}
		return out;
	}

	private static List<Scoring.Line> lines(Map<String, BigDecimal> fractions) {
		return fractions.entrySet().stream().map(e -> new Scoring.Line(e.getKey(), e.getValue(), null, null)).toList();
	}

	private static Map<String, BigDecimal> fractionsOf(Scoring.UnitResult r) {
		Map<String, BigDecimal> out = new HashMap<>();
		r.lines().stream().filter(l -> l.fraction() != null).forEach(l -> out.put(l.criterion(), l.fraction()));
		return out;
	}

	private void move(Scheme s, Scheme.Status next) {
		if (!s.status().may(next)) {
			throw new Refused("status", List.of(Refused.Reason.of(s.status() == Scheme.Status.PUBLISHED ? "assessment.frozen"
					: "assessment.transition", "R18", s.status(), next)));
		}
	}

}
