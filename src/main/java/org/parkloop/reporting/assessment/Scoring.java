package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * R18's scoring, plain Java: each criterion's points are its weight times the unit's fraction (computed criteria) or
 * what CITY entered (entered criteria, missing until entered); the total their sum, the grade the highest band whose
 * floor it reaches, the rank within the units of one kind by total (ties share a rank). Commended are the units graded
 * at the top band, criticised those at the bottom one; the reasons name the criteria where a unit scored under
 * {@link #SHORT} of the weight.
 */
public final class Scoring {

	/** A criterion scored under 60 % of its weight is named as a reason. */
	static final BigDecimal SHORT = new BigDecimal("0.6");

	/** A grade band: from {@code floor} (inclusive) up to the next band's. */
	public record Grade(String code, BigDecimal floor, String nameZh, String nameEn) {
	}

	/** One criterion's outcome for a unit: the fraction computed (null for entered), the points, CITY's comment. */
	public record Line(String criterion, BigDecimal fraction, BigDecimal score, String comment) {
	}

	/** A unit's result: COUNTY or PARK, the unit (a county's name or a park's code), its lines, total, grade, rank. */
	public record UnitResult(String kind, String unit, String name, List<Line> lines, BigDecimal total, String grade, int rank,
			boolean complete, List<String> shortOf) {
	}

	private Scoring() {
	}

	/** Scores one unit: fractions by criterion code (computed ones), entered points and comments by criterion code. */
	static UnitResult score(String kind, String unit, String name, List<Scheme.Criterion> criteria,
			Map<String, BigDecimal> fractions, Map<String, Scheme.Entered> entered, List<Grade> grades) {
		List<Line> lines = new ArrayList<>();
		List<String> shortOf = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		boolean complete = true;
		for (Scheme.Criterion c : criteria) {
			BigDecimal score;
			Line line;
			if (c.computed()) {
				BigDecimal f = fractions.getOrDefault(c.code(), BigDecimal.ZERO);
				score = c.weight().multiply(f).setScale(2, RoundingMode.HALF_UP);
				line = new Line(c.code(), f, score, null);
			}
			else {
				Scheme.Entered e = entered.get(c.code());
				score = e == null ? null : e.score();
				complete &= e != null;
				line = new Line(c.code(), null, score, e == null ? null : e.comment());
			}
			lines.add(line);
			if (score != null) {
				total = total.add(score);
				if (score.compareTo(c.weight().multiply(SHORT)) < 0) {
					shortOf.add(c.code());
				}
			}
		}
		return new UnitResult(kind, unit, name, lines, total, grade(total, grades), 0, complete, shortOf);
	}

	/** The grade of a total: the band with the highest floor not above it. */
	static String grade(BigDecimal total, List<Grade> grades) {
		return grades.stream().filter(g -> total.compareTo(g.floor()) >= 0).max(Comparator.comparing(Grade::floor))
			.map(Grade::code).orElseThrow();
	}

	/** The results ranked within each kind by total, highest first; equal totals share the rank. */
	static List<UnitResult> rank(List<UnitResult> results) {
		List<UnitResult> out = new ArrayList<>();
		for (String kind : results.stream().map(UnitResult::kind).distinct().toList()) {
			List<UnitResult> ofKind = results.stream().filter(r -> r.kind().equals(kind))
				.sorted(Comparator.comparing(UnitResult::total).reversed().thenComparing(UnitResult::unit)).toList();
			for (int i = 0; i < ofKind.size(); i++) {
				UnitResult r = ofKind.get(i);
				int rank = i > 0 && ofKind.get(i - 1).total().compareTo(r.total()) == 0 ? out.get(out.size() - 1).rank() : i + 1;
				out.add(new UnitResult(r.kind(), r.unit(), r.name(), r.lines(), r.total(), r.grade(), rank, r.complete(),
						r.shortOf()));
			}
		}
		return out;
	}
}
