package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parkloop.shared.TransformationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R18's scoring by hand: each metric's fraction of a park's facts, a county as the mean of its parks, the default
 * scheme's points, grades at their band edges (90 is 优秀, 89.99 is 良好), ranks sharing ties; and on random units the
 * total always equals the sum of the lines and never exceeds 100.
 */
class ScoringTest {

	static final List<Scoring.Grade> GRADES = List.of(new Scoring.Grade("EXCELLENT", new BigDecimal("90"), "优秀", "Excellent"),
			new Scoring.Grade("GOOD", new BigDecimal("80"), "良好", "Good"),
			new Scoring.Grade("FAIR", new BigDecimal("70"), "中等", "Fair"),
			new Scoring.Grade("PASS", new BigDecimal("60"), "合格", "Pass"),
			new Scoring.Grade("FAIL", BigDecimal.ZERO, "不合格", "Fail"));

	static final List<Scheme.Criterion> DEFAULT = List.of(c("CASE", 20, "CASE_PROGRESS"), c("PROJECTS", 20, "PROJECT_SCHEDULE"),
			c("INDICATORS", 20, "INDICATOR_COMPLETION"), c("GOALS", 10, "GOAL_ATTAINMENT"), c("REPORT", 10, "REPORT_ON_TIME"),
			c("EXCHANGE", 5, "EXCHANGE_ACTIVITY"), c("BOILERS", 5, "BOILER_COMPLIANCE"),
			new Scheme.Criterion("WORK", "市里评定", "City", BigDecimal.TEN, "ENTERED", null));

	static Scheme.Criterion c(String code, int weight, String metric) {
		return new Scheme.Criterion(code, code, code, BigDecimal.valueOf(weight), "COMPUTED", metric);
	}

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void eachMetricOfAParkByHand() {
		// implementing; 4 milestones due, 3 reached; completions 1.2, 0.95, 0.5 and one without a value; report late;
		// one deal; 3 boilers done, 1 overdue
		Metric.Facts f = new Metric.Facts(TransformationStatus.IMPLEMENTING, true, 4, 3,
				java.util.Arrays.asList(d("1.2"), d("0.95"), d("0.5"), null), false, true, 3, 1);
		assertThat(Metric.CASE_PROGRESS.of(f)).isEqualByComparingTo("0.75");
		assertThat(Metric.PROJECT_SCHEDULE.of(f)).isEqualByComparingTo("0.75");
		// (1 + 0.95 + 0.5 + 0) / 4
		assertThat(Metric.INDICATOR_COMPLETION.of(f)).isEqualByComparingTo("0.6125");
		assertThat(Metric.GOAL_ATTAINMENT.of(f)).isEqualByComparingTo("0.25");
		assertThat(Metric.REPORT_ON_TIME.of(f)).isEqualByComparingTo("0");
		assertThat(Metric.EXCHANGE_ACTIVITY.of(f)).isEqualByComparingTo("1");
		assertThat(Metric.BOILER_COMPLIANCE.of(f)).isEqualByComparingTo("0.75");

		Metric.Facts bare = new Metric.Facts(TransformationStatus.NOT_STARTED, false, 0, 0, List.of(), true, false, 0, 0);
		assertThat(Metric.CASE_PROGRESS.of(bare)).isZero();
		assertThat(Metric.PROJECT_SCHEDULE.of(bare)).isZero();
		assertThat(Metric.INDICATOR_COMPLETION.of(bare)).isZero();
		assertThat(Metric.BOILER_COMPLIANCE.of(bare)).isEqualByComparingTo("1");
		// a plan with nothing due yet is on schedule
		assertThat(Metric.PROJECT_SCHEDULE.of(new Metric.Facts(TransformationStatus.IMPLEMENTING, true, 0, 0, List.of(), true,
				false, 0, 0))).isEqualByComparingTo("1");
	}

	@Test
	void aCountyIsTheMeanOfItsParks_ScoredByTheDefaultScheme() {
		// park A: implementing, 4 due / 3 reached, completions 1.2, 0.95, 0.5, no value, deal, boilers 3 done 1 overdue
		// park B: compiling, no plan, completions 0.8, 1.0, no deal, no boiler
		// the county's report on time; the city gives 8 of 10 for the work
		Map<String, BigDecimal> fractions = Map.of("CASE", Metric.mean(List.of(d("0.75"), d("0.25"))),
				"PROJECTS", Metric.mean(List.of(d("0.75"), d("0"))), "INDICATORS", Metric.mean(List.of(d("0.6125"), d("0.9"))),
				"GOALS", Metric.mean(List.of(d("0.25"), d("0.5"))), "REPORT", BigDecimal.ONE,
				"EXCHANGE", Metric.mean(List.of(d("1"), d("0"))), "BOILERS", Metric.mean(List.of(d("0.75"), d("1"))));
		Scoring.UnitResult r = Scoring.score("COUNTY", "测试县", "测试县", DEFAULT, fractions,
				Map.of("WORK", new Scheme.Entered(d("8"), "机制健全")), GRADES);
		// 20×0.5 + 20×0.375 + 20×0.75625 + 10×0.375 + 10×1 + 5×0.5 + 5×0.875 + 8
		// = 10 + 7.5 + 15.13 (15.125 rounded half up) + 3.75 + 10 + 2.5 + 4.38 (4.375) + 8 = 61.26
		assertThat(r.lines()).extracting(Scoring.Line::score).map(BigDecimal::toPlainString)
			.containsExactly("10.00", "7.50", "15.13", "3.75", "10.00", "2.50", "4.38", "8");
		assertThat(r.total()).isEqualByComparingTo("61.26");
		assertThat(r.grade()).isEqualTo("PASS");
		assertThat(r.complete()).isTrue();
		// short of 60 % of the weight: case (10 < 12), projects (7.5 < 12), goals (3.75 < 6), exchange (2.5 < 3)
		assertThat(r.shortOf()).containsExactly("CASE", "PROJECTS", "GOALS", "EXCHANGE");

		Scoring.UnitResult missing = Scoring.score("PARK", "p", "p", DEFAULT, fractions, Map.of(), GRADES);
		assertThat(missing.complete()).isFalse();
		assertThat(missing.total()).isEqualByComparingTo("53.26");
	}

	@Test
	void gradesAtTheirEdges() {
		assertThat(Scoring.grade(d("90"), GRADES)).isEqualTo("EXCELLENT");
		assertThat(Scoring.grade(d("89.99"), GRADES)).isEqualTo("GOOD");
		assertThat(Scoring.grade(d("80"), GRADES)).isEqualTo("GOOD");
		assertThat(Scoring.grade(d("70"), GRADES)).isEqualTo("FAIR");
		assertThat(Scoring.grade(d("60"), GRADES)).isEqualTo("PASS");
		assertThat(Scoring.grade(d("59.99"), GRADES)).isEqualTo("FAIL");
		assertThat(Scoring.grade(d("0"), GRADES)).isEqualTo("FAIL");
	}

	@Test
	void ranksWithinEachKind_TiesShareARank() {
		List<Scoring.UnitResult> ranked = Scoring.rank(List.of(unit("COUNTY", "a", "70"), unit("PARK", "p", "50"),
				unit("COUNTY", "b", "80"), unit("COUNTY", "c", "70"), unit("COUNTY", "d", "60"), unit("PARK", "q", "55")));
		assertThat(ranked).extracting(r -> r.unit() + r.rank()).containsExactly("b1", "a2", "c2", "d4", "q1", "p2");
	}

	@Test
	void onRandomUnitsTheTotalIsTheSumOfTheLinesAndAtMostAHundred() {
		Random random = new Random(15);
		for (int n = 0; n < 2_000; n++) {
			List<Metric.Facts> parks = new ArrayList<>();
			for (int p = 0; p < 1 + random.nextInt(4); p++) {
				int due = random.nextInt(5);
				List<BigDecimal> completions = new ArrayList<>();
				for (int i = 0; i < random.nextInt(5); i++) {
					completions.add(random.nextInt(6) == 0 ? null : BigDecimal.valueOf(random.nextInt(150), 2));
				}
				parks.add(new Metric.Facts(TransformationStatus.values()[random.nextInt(5)], random.nextBoolean(), due,
						random.nextInt(due + 1), completions, random.nextBoolean(), random.nextBoolean(), random.nextInt(4),
						random.nextInt(4)));
			}
			Map<String, BigDecimal> fractions = new HashMap<>();
			for (Scheme.Criterion c : DEFAULT) {
				if (c.computed()) {
					BigDecimal f = Metric.mean(parks.stream().map(Metric.valueOf(c.metric())::of).toList());
					assertThat(f).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
					fractions.put(c.code(), f);
				}
			}
			Scoring.UnitResult r = Scoring.score("COUNTY", "u", "u", DEFAULT, fractions,
					Map.of("WORK", new Scheme.Entered(BigDecimal.valueOf(random.nextInt(1001), 2), "x")), GRADES);
			assertThat(r.total()).isEqualByComparingTo(r.lines().stream().map(Scoring.Line::score)
				.reduce(BigDecimal.ZERO, BigDecimal::add));
			assertThat(r.total()).isLessThanOrEqualTo(new BigDecimal("100.04"));
		}
	}

	static Scoring.UnitResult unit(String kind, String unit, String total) {
		return new Scoring.UnitResult(kind, unit, unit, List.of(), d(total), "X", 0, true, List.of());
	}
}
