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
 * (and park) and year; each item summed per park and year in canonical units, the enterprises of a merged park
 * counted for the park it followed that year (R2); then each definition's formula, as it held that year, on the
 * sums (a ratio of sums, never a mean of ratios). An item nobody reported counts 0; a zero divisor gives no value.
 *
 * <p>Recomputed for one park and year when a revision is accepted, and for all when a definition changes, through
 * events kept in the publication registry until handled (a failed recomputation is done again).
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

	/** Every park-year's values, anew; the count of values stored. */
	@Transactional
	public int recomputeAll() {
		jdbc.sql("delete from ind_park_value").update();
		return jdbc.sql(statement("")).params(merges()).update();
	}

	/** The values of the park a submission of this park and year counts for. */
	@Transactional
	public void recompute(String parkCode, int year) {
		String park = countsFor(parkCode, year);
		jdbc.sql("delete from ind_park_value where year = ? and park_code = any(?)")
			.params(year, members(park, year).toArray(String[]::new)).update();
		jdbc.sql(statement(" and year = :year and park_code = any(cast(:members as text[]))"))
			.params(merges())
			.param("year", year)
			.param("members", members(park, year).toArray(String[]::new))
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

	/** The statement that stores the values of the submissions the filter selects (on ind_submission). */
	String statement(String filter) {
		Set<String> items = catalogue.items().stream().map(IndicatorCatalogue.Item::code)
			.filter(c -> c.matches("[a-z][a-z0-9_]*")).collect(Collectors.toCollection(java.util.TreeSet::new));
		String sums = items.stream().map(i -> "sum(v.canonical) filter (where v.item = '" + i + "') as \"" + i + "\"")
			.collect(Collectors.joining(",\n       "));
		List<String> selects = new ArrayList<>();
		List<IndicatorCatalogue.Definition> versions = catalogue.versions();
		for (int i = 0; i < versions.size(); i++) {
			IndicatorCatalogue.Definition d = versions.get(i);
			if (!d.code().matches("[A-Z][A-Z0-9_]*")) {
				continue;
			}
			boolean last = i + 1 == versions.size() || !versions.get(i + 1).code().equals(d.code());
			String expression = Formula.parse(d.formula(), items).sql(item -> "coalesce(s.\"" + item + "\", 0)");
			selects.add("select s.park, s.year, '" + d.code() + "', " + expression + " from sums s where s.year >= "
					+ d.validFrom() + (last ? "" : " and s.year < " + versions.get(i + 1).validFrom()));
		}
		return """
				with latest as (
				  select distinct on (coalesce(credit_code, '@' || park_code), year) id, park_code, year
				  from ind_submission where status = 'ACCEPTED'%s
				  order by coalesce(credit_code, '@' || park_code), year, revision desc),
				followed as (
				  select * from unnest(cast(:mergedParks as text[]), cast(:followed as text[]), cast(:since as int[]))
				    as f (park, follows, since)),
				placed as (
				  select l.id, coalesce(f.follows, l.park_code) as park, l.year from latest l
				  left join followed f on f.park = l.park_code and l.year >= f.since),
				sums as (
				  select p.park, p.year,
				       %s
				  from placed p join ind_submission_value v on v.submission_id = p.id group by p.park, p.year)
				insert into ind_park_value (park_code, year, code, value)
				%s""".formatted(filter, sums, String.join("\nunion all\n", selects));
	}
}
