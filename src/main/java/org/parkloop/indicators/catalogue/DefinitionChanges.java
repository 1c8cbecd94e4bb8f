package org.parkloop.indicators.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parkloop.indicators.engine.Formula;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.parkloop.shared.RuleViolation;
import org.parkloop.shared.StaleVersion;
import org.parkloop.shared.VersionRequired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CITY adds indicator definitions and changes them. A change is a new version valid from a year later than the
 * latest one, so a past year keeps the formula it was computed with; {@code version} is the number of versions the
 * writer saw (optimistic locking: two changes from the same reading, one wins).
 */
@Service
class DefinitionChanges {

	/** What CITY sends: a new definition, or (PUT) its next version valid from {@code validFrom}. */
	record Command(@Size(max = 60) String code, @Size(max = 100) String nameZh, @Size(max = 200) String nameEn,
			@Size(max = 1000) String formula, @Size(max = 20) String unit, @Size(max = 20) String direction,
			@Size(max = 1000) String source, @Min(1990) @Max(2100) Integer validFrom,
			@Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	private final JdbcClient jdbc;
	private final IndicatorCatalogue catalogue;
	private final CurrentCaller callers;
	private final Audit audit;
	private final org.springframework.context.ApplicationEventPublisher events;

	DefinitionChanges(JdbcClient jdbc, IndicatorCatalogue catalogue, CurrentCaller callers, Audit audit,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.callers = callers;
		this.audit = audit;
	}

	@Transactional
	IndicatorCatalogue.Definition create(Command c) {
		checkCity();
		List<FieldProblem> problems = problems(c);
		if (problems.isEmpty() && versions(c.code()) > 0) {
			problems.add(new FieldProblem("code", "indicator.definition.exists", c.code()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		insert(c.code(), c);
		audit.record("CREATE", "indicator_definition", c.code(), c.formula() + " from " + c.validFrom());
		events.publishEvent(new DefinitionsChanged(c.code(), c.validFrom()));
		return catalogue.definition(c.code(), c.validFrom());
	}

	@Transactional
	IndicatorCatalogue.Definition revise(String code, Command c, ExpectedVersion expected) {
		checkCity();
		jdbc.sql("select pg_advisory_xact_lock(hashtext('indicator_definition:' || ?))").param(code).query().listOfRows();
		long versions = versions(code);
		if (versions == 0) {
			throw new NotFound("indicator.definition.notFound", code);
		}
		Command named = new Command(code, c.nameZh(), c.nameEn(), c.formula(), c.unit(), c.direction(), c.source(),
				c.validFrom(), c.version());
		List<FieldProblem> problems = problems(named);
		int latest = jdbc.sql("select max(valid_from) from indicator_definition where code = ?").param(code)
			.query(Integer.class).single();
		if (c.validFrom() != null && c.validFrom() <= latest) {
			problems.add(new FieldProblem("validFrom", "indicator.definition.validFrom", latest));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (expected.source() == ExpectedVersion.Source.MISSING) {
			throw new VersionRequired();
		}
		if (expected.source() != ExpectedVersion.Source.ANY && expected.version() != versions) {
			throw new StaleVersion(expected, versions);
		}
		insert(code, named);
		audit.record("UPDATE", "indicator_definition", code, c.formula() + " from " + c.validFrom());
		events.publishEvent(new DefinitionsChanged(code, c.validFrom()));
		return catalogue.definition(code, c.validFrom());
	}

	private void insert(String code, Command c) {
		jdbc.sql("""
				insert into indicator_definition (code, valid_from, name_zh, name_en, formula, unit, direction, source,
				    created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, c.validFrom(), c.nameZh().strip(), c.nameEn().strip(), c.formula().strip(), c.unit().strip(),
					c.direction(), c.source().strip(), callers.get().username())
			.update();
	}

	private long versions(String code) {
		return jdbc.sql("select count(*) from indicator_definition where code = ?").param(code).query(Long.class).single();
	}

	private List<FieldProblem> problems(Command c) {
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(c));
		if (c.code() == null || !c.code().matches("[A-Z][A-Z0-9_]{1,59}")) {
			problems.add(new FieldProblem("code", "indicator.definition.code"));
		}
		for (String[] required : new String[][] { { "nameZh", c.nameZh() }, { "nameEn", c.nameEn() },
				{ "unit", c.unit() }, { "source", c.source() } }) {
			if (required[1] == null || required[1].isBlank()) {
				problems.add(new FieldProblem(required[0], "validation.required"));
			}
		}
		if (c.validFrom() == null) {
			problems.add(new FieldProblem("validFrom", "validation.required"));
		}
		if (c.direction() == null || Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER").stream().noneMatch(c.direction()::equals)) {
			problems.add(new FieldProblem("direction", "indicator.definition.direction"));
		}
		Set<String> items = catalogue.items().stream().map(IndicatorCatalogue.Item::code).collect(Collectors.toSet());
		try {
			Formula.parse(c.formula(), items);
		}
		catch (RuleViolation e) {
			problems.add(new FieldProblem("formula", e.messageKey(), e.args()));
		}
		return problems;
	}

	private void checkCity() {
		if (!callers.get().has(Role.CITY)) {
			throw new Forbidden("access.cityOnly");
		}
	}
}
