package org.parkloop.indicators.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.catalogue.DefinitionsChanged;
import org.parkloop.indicators.catalogue.IndicatorCatalogue;
import org.parkloop.indicators.engine.Formula;
import org.parkloop.indicators.submission.SubmissionAccepted;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Computes the parks' indicator values in the database, set-based: the latest accepted revision of each enterprise
 * (and park) and year (the one no later accepted correction superseded); each item summed per park and year in canonical units, the enterprises of a merged park
 * counted for the park it followed that year (R2); then each definition's formula, as it held that year, on the
 * sums (a ratio of sums, never a mean of ratios). An item nobody reported counts 0; a zero divisor gives no value.
 *
 * <p>Recomputed for one park and year when a revision is accepted, and for all when a definition or a merger
 * changes, through events kept in the publication registry until handled (a failed recomputation is done again).
 */
@Service
public class ParkValues {

	/** A park that followed another from a year on. */
	record Merge(String park, String follows, int since) {
	}

	private final JdbcClient jdbc;
	private final IndicatorCatalogue catalogue;
	private final ParkCatalog parks;

	ParkValues(JdbcClient jdbc, IndicatorCatalogue catalogue, ParkCatalog parks) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.parks = parks;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(SubmissionAccepted accepted) {
		recompute(accepted.parkCode(), accepted.year());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(DefinitionsChanged changed) {
		recomputeAll();
	}

	/** A merger changes which park a park's data counts for (R2): every park-year is counted again. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(org.parkloop.registry.ParkMergeChanged merged) {
		recomputeAll();
	}

	/**
	 * Every park-year's values, anew; the count of park-years stored. Computed into a temporary table first: PostgreSQL
	 * runs a {@code create table as} in parallel, never the select of an {@code insert}.
	 */
	@Transactional
	public int recomputeAll() {
		// the sums of every park-year are hashed in memory rather than spilled to disk (a few hundred MB at 9 million values)
		if (!anythingDefined()) {
			jdbc.sql("delete from ind_park_value").update();
			return 0;
		}
		jdbc.sql("set local work_mem = '256MB'").update();
		jdbc.sql("create temp table fresh_park_value (park_code, year, indicator_values) on commit drop as " + statement(""))
			.params(merges()).update();
		jdbc.sql("delete from ind_park_value").update();
		return jdbc.sql("insert into ind_park_value (park_code, year, indicator_values) select * from fresh_park_value")
			.update();
	}

	/** The values of the park a submission of this park and year counts for. */
	@Transactional
	public void recompute(String parkCode, int year) {
		String park = countsFor(parkCode, year);
		String[] members = members(park, year).toArray(String[]::new);
		jdbc.sql("delete from ind_park_value where year = ? and park_code = any(?)").params(year, members).update();
		if (!anythingDefined()) {
			return;
		}
		jdbc.sql("insert into ind_park_value (park_code, year, indicator_values) "
				+ statement(" and year = :year and park_code = any(cast(:members as text[]))"))
			.params(merges())
			.param("year", year)
			.param("members", members)
			.update();
	}

	/** The park whose values a park's data of a year counts for: itself, or the park it had been merged into. */
	String countsFor(String parkCode, int year) {
		return parks.find(parkCode).map(p -> p.mergedIntoOn(LocalDate.of(year, 12, 31))).orElse(parkCode);
	}

	/** The park and the parks merged into it by the end of the year. */
	List<String> members(String parkCode, int year) {
		List<String> members = new ArrayList<>(List.of(parkCode));
		parks.all().stream().filter(p -> parkCode.equals(p.mergedIntoOn(LocalDate.of(year, 12, 31))))
			.map(ParkView::code).forEach(members::add);
		return members;
	}

	private Map<String, Object> merges() {
		List<Merge> merges = parks.all().stream().filter(ParkView::merged)
			.map(p -> new Merge(p.code(), p.mergedInto(),
					p.lifecycle().mergedOn() == null ? 0 : p.lifecycle().mergedOn().getYear()))
			.toList();
		return Map.of("mergedParks", merges.stream().map(Merge::park).toArray(String[]::new),
				"followed", merges.stream().map(Merge::follows).toArray(String[]::new),
				"since", merges.stream().map(Merge::since).toArray(Integer[]::new));
	}

	/**
	 * The query of the park-years' values from the submissions the filter selects (on ind_submission): one row per
	 * park and year, its values as a JSON object by indicator code (numbers exactly as computed; null: no value).
	 */
	/** Whether any indicator is defined on items (before the shipped definitions are loaded, none is). */
	private boolean anythingDefined() {
		return !catalogue.versions().isEmpty() && !catalogue.items().isEmpty();
	}

	String statement(String filter) {
		Set<String> known = catalogue.items().stream().map(IndicatorCatalogue.Item::code)
			.filter(c -> c.matches("[a-z][a-z0-9_]*")).collect(Collectors.toSet());
		Map<String, List<IndicatorCatalogue.Definition>> byCode = catalogue.versions().stream()
			.filter(d -> d.code().matches("[A-Z][A-Z0-9_]*"))
			.collect(Collectors.groupingBy(IndicatorCatalogue.Definition::code, java.util.TreeMap::new, Collectors.toList()));
		// only the items some formula names are summed
		Set<String> items = byCode.values().stream().flatMap(List::stream)
			.flatMap(d -> Formula.parse(d.formula(), known).items().stream())
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		String sums = items.stream().map(i -> "sum(v.canonical) filter (where v.item = '" + i + "') as \"" + i + "\"")
			.collect(Collectors.joining(",\n       "));
		List<String> pairs = new ArrayList<>();
		byCode.forEach((code, versions) -> pairs.add("'" + code + "', " + expression(versions, known)));
		// a function takes at most 100 arguments: objects of 40 pairs, concatenated
		List<String> objects = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i += 40) {
			objects.add("jsonb_build_object(" + String.join(",\n    ", pairs.subList(i, Math.min(pairs.size(), i + 40))) + ")");
		}
		return """
				with latest as (
				  select id, park_code, year from ind_submission where status = 'ACCEPTED' and not superseded%s),
				followed as (
				  select * from unnest(cast(:mergedParks as text[]), cast(:followed as text[]), cast(:since as int[]))
				    as f (park, follows, since)),
				placed as (
				  select l.id, coalesce(f.follows, l.park_code) as park, l.year from latest l
				  left join followed f on f.park = l.park_code and l.year >= f.since),
				sums as (
				  select p.park, p.year,
				       %s
				  from placed p join ind_submission_value v on v.submission_id = p.id
				  where v.item in (%s) group by p.park, p.year)
				select s.park, s.year, %s from sums s""".formatted(filter, sums,
				items.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", ")), String.join(" || ", objects));
	}

	/** A definition's formula as it held in the row's year: its versions by the year each holds from. */
	private static String expression(List<IndicatorCatalogue.Definition> versions, Set<String> known) {
		StringBuilder sql = new StringBuilder("case");
		for (int i = versions.size() - 1; i >= 0; i--) {
			IndicatorCatalogue.Definition d = versions.get(i);
			sql.append(" when s.year >= ").append(d.validFrom()).append(" then ")
				.append(Formula.parse(d.formula(), known).sql(item -> "coalesce(s.\"" + item + "\", 0)"));
		}
		return sql.append(" end").toString();
	}
}
