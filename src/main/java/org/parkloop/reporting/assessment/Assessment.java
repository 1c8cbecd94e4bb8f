package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A scheme with its result as read: every unit's lines, total, grade and rank (counties and parks ranked apart), and
 * the units commended (graded at the top band) and criticised (the bottom band) with the criteria they fell short in.
 */
public record Assessment(long id, String name, int year, Scheme.Status status, List<Scheme.Criterion> criteria,
		Instant runAt, Instant publishedAt, List<Scoring.UnitResult> results, List<Mention> commended,
		List<Mention> criticised, List<Scoring.Grade> grades, long version) implements org.parkloop.shared.Versioned {

	/** A unit commended or criticised, with the criteria (codes) where it scored under 60 % of the weight. */
	public record Mention(String kind, String unit, String name, BigDecimal total, String grade, List<String> shortOf) {
	}

	static Assessment of(Scheme s, List<Scoring.UnitResult> results, List<Scoring.Grade> grades) {
		String top = grades.stream().max(java.util.Comparator.comparing(Scoring.Grade::floor)).orElseThrow().code();
		String bottom = grades.stream().min(java.util.Comparator.comparing(Scoring.Grade::floor)).orElseThrow().code();
		return new Assessment(s.id(), s.name(), s.year(), s.status(), s.criteria(), s.runAt(), s.publishedAt(), results,
				mentions(results, top), mentions(results, bottom), grades, s.version());
	}

	/** A grade's name in the language (the grades are data). */
	public String gradeName(String code, java.util.Locale locale) {
		return grades.stream().filter(g -> g.code().equals(code)).findFirst()
			.map(g -> "en".equals(locale.getLanguage()) ? g.nameEn() : g.nameZh()).orElse(code);
	}

	/** A criterion's name in the language. */
	public String criterionName(String code, java.util.Locale locale) {
		return criteria.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(locale)).orElse(code);
	}

	private static List<Mention> mentions(List<Scoring.UnitResult> results, String grade) {
		return results.stream().filter(r -> grade.equals(r.grade()))
			.map(r -> new Mention(r.kind(), r.unit(), r.name(), r.total(), r.grade(), r.shortOf())).toList();
	}
}
