package org.parkloop.indicators.values;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.indicators.engine.Formula;
import org.parkloop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's benchmark (BENCHMARKS.md; not part of the suite: its name does not end in Test). 3,000 parks, 30,000
 * enterprises, 10 years, 30 items per enterprise-year (9 million values) and the parks' own items, all accepted;
 * then every park-year's values of the shipped set recomputed set-based in SQL ({@link ParkValues#recomputeAll}),
 * one park-year after one acceptance ({@link ParkValues#recompute}), and, as the baseline, the same values computed
 * row by row in Java (every accepted value streamed, summed in maps, each formula evaluated with EvalEx). The two
 * computations are compared value by value: the figures are printed, never asserted.
 *
 * <pre>mvn test -Dtest=ParkValuesBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@TestPropertySource(properties = "parkloop.test.context=indicator-benchmark")
class ParkValuesBenchmark extends IntegrationTest {

	static final int PARKS = Integer.getInteger("bench.parks", 3000);
	static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 30000);
	static final int YEARS = 10;
	static final int FIRST_YEAR = 2011;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ParkValues values;

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void recomputeEveryParkYear() {
		long t0 = System.nanoTime();
		load();
		long loaded = System.nanoTime();
		long count = jdbc.sql("select count(*) from ind_submission_value").query(Long.class).single();
		System.out.printf("BENCH loaded %,d values (%,d submissions) in %.1f s%n", count,
				jdbc.sql("select count(*) from ind_submission").query(Long.class).single(), (loaded - t0) / 1e9);

		List<Double> all = new ArrayList<>();
		int stored = 0;
		for (int run = 0; run < 3; run++) {
			long a = System.nanoTime();
			stored = values.recomputeAll();
			all.add((System.nanoTime() - a) / 1e9);
		}
		System.out.printf("BENCH SQL set-based, all park-years: %d park-years, runs %s s%n", stored, all);

		List<Double> one = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String park = "bp" + (i * 37 % PARKS);
			int year = FIRST_YEAR + i % YEARS;
			long a = System.nanoTime();
			values.recompute(park, year);
			one.add((System.nanoTime() - a) / 1e6);
		}
		List<Double> warm = new ArrayList<>(one.subList(10, one.size()));
		Collections.sort(warm);
		System.out.printf("BENCH SQL one park-year: first %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms (50 warm runs)%n",
				one.get(0), warm.get(warm.size() / 2), warm.get((int) (warm.size() * 0.95)), warm.get(warm.size() - 1));

		List<Double> java = new ArrayList<>();
		Map<String, BigDecimal> byJava = null;
		for (int run = 0; run < 3; run++) {
			long a = System.nanoTime();
			byJava = rowByRow();
			java.add((System.nanoTime() - a) / 1e9);
		}
		System.out.printf("BENCH Java row by row, all park-years: %d values, runs %s s%n", byJava.size(), java);

		Map<String, BigDecimal> bySql = new HashMap<>();
		jdbc.sql("""
				select park_code, year, e.key, e.value from ind_park_value, jsonb_each_text(indicator_values) e
				where e.value is not null""")
			.query((RowCallbackHandler) rs -> bySql.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3),
					rs.getBigDecimal(4)));
		assertThat(bySql.keySet()).isEqualTo(byJava.keySet());
		MathContext digits = new MathContext(25);
		for (Map.Entry<String, BigDecimal> e : byJava.entrySet()) {
			assertThat(bySql.get(e.getKey()).round(digits)).as(e.getKey()).isEqualByComparingTo(e.getValue().round(digits));
		}
		System.out.printf("BENCH the two agree on all %,d values to 25 significant digits%n", bySql.size());
	}

	/** Every accepted value read row by row, the latest revision kept, summed per park-year, each formula applied. */
	private Map<String, BigDecimal> rowByRow() {
		record Key(String subject, int year) {
		}
		Map<Key, Integer> latest = new HashMap<>();
		Map<Key, String> parkOf = new HashMap<>();
		jdbc.sql("select coalesce(credit_code, '@' || park_code), year, revision, park_code from ind_submission where status = 'ACCEPTED'")
			.query((RowCallbackHandler) rs -> {
				Key k = new Key(rs.getString(1), rs.getInt(2));
				if (latest.merge(k, rs.getInt(3), Math::max) == rs.getInt(3)) {
					parkOf.put(k, rs.getString(4));
				}
			});
		Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
		jdbc.sql("""
				select coalesce(s.credit_code, '@' || s.park_code), s.year, s.revision, v.item, v.canonical
				from ind_submission s join ind_submission_value v on v.submission_id = s.id where s.status = 'ACCEPTED'""")
			.withFetchSize(10_000)
			.query((RowCallbackHandler) rs -> {
				Key k = new Key(rs.getString(1), rs.getInt(2));
				if (latest.get(k) == rs.getInt(3)) {
					sums.computeIfAbsent(parkOf.get(k) + "/" + k.year(), x -> new HashMap<>())
						.merge(rs.getString(4), rs.getBigDecimal(5), BigDecimal::add);
				}
			});
		Set<String> items = catalogue.items().stream().map(IndicatorCatalogue.Item::code).collect(Collectors.toSet());
		Map<String, BigDecimal> out = new HashMap<>();
		for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
			for (IndicatorCatalogue.Definition d : catalogue.definitions(year)) {
				Formula f = Formula.parse(d.formula(), items);
				for (Map.Entry<String, Map<String, BigDecimal>> e : sums.entrySet()) {
					if (!e.getKey().endsWith("/" + year)) {
						continue;
					}
					Map<String, BigDecimal> given = new HashMap<>();
					f.items().forEach(i -> given.put(i, e.getValue().getOrDefault(i, BigDecimal.ZERO)));
					f.evaluate(given).ifPresent(v -> out.put(e.getKey() + "/" + d.code(), v));
				}
			}
		}
		return out;
	}

	/** The instance, generated in the database (30 items: the 21 enterprise items and 9 more of the same kind). */
	private void load() {
		jdbc.sql("""
				insert into indicator_item (code, name_zh, name_en, dimension, unit, level)
				select 'bench_item_' || i, '基准测试项' || i, 'Benchmark item ' || i, 'MASS', 't', 'ENTERPRISE'
				from generate_series(1, 9) i on conflict do nothing""").update();
		jdbc.sql("""
				insert into ind_submission (credit_code, park_code, year, revision, status, created_by)
				select 'E' || lpad(e::text, 17, '0'), 'bp' || (e % :parks), y, 1, 'ACCEPTED', 'bench'
				from generate_series(0, :enterprises - 1) e, generate_series(:first, :first + :years - 1) y""")
			.param("parks", PARKS).param("enterprises", ENTERPRISES).param("first", FIRST_YEAR).param("years", YEARS)
			.update();
		jdbc.sql("""
				insert into ind_submission (credit_code, park_code, year, revision, status, created_by)
				select null, 'bp' || p, y, 1, 'ACCEPTED', 'bench'
				from generate_series(0, :parks - 1) p, generate_series(:first, :first + :years - 1) y""")
			.param("parks", PARKS).param("first", FIRST_YEAR).param("years", YEARS).update();
		jdbc.sql("""
				insert into ind_submission_value (submission_id, item, value, unit, canonical)
				select s.id, i.code, v, i.unit, v
				from ind_submission s
				join indicator_item i on i.level = case when s.credit_code is null then 'PARK' else 'ENTERPRISE' end
				cross join lateral (select round((10 + (hashtext(s.id || i.code) & 65535) / 7.0)::numeric, 2) as v) x""")
			.update();
		jdbc.sql("analyze").update();
	}
}
