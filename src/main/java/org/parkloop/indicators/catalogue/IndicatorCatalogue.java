package org.parkloop.indicators.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parkloop.indicators.engine.Direction;
import org.parkloop.shared.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data items and the indicator definitions: what enterprises report and what is computed from it. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

	/** The year from which the shipped definitions hold (before the programme, so that every year has one). */
	static final int SHIPPED_FROM = 2000;

	/** A data item: its canonical unit is the one values are summed and computed in. */
	public record Item(String code, String nameZh, String nameEn, Dimension dimension, String unit, String level,
			String note) {
	}

	/**
	 * A definition as it holds from {@code validFrom} until a later version; {@code version} counts the definition's
	 * versions (what a change names, as its optimistic lock).
	 */
	public record Definition(String code, String nameZh, String nameEn, String formula, String unit, Direction direction,
			String source, int validFrom, long version) {
	}

	private static final String DEFINITION = """
			select code, name_zh, name_en, formula, unit, direction, source, valid_from,
			       (select count(*) from indicator_definition v where v.code = d.code) from indicator_definition d """;

	private final JdbcClient jdbc;

	IndicatorCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Item> items() {
		return jdbc.sql("select code, name_zh, name_en, dimension, unit, level, note from indicator_item order by level, code")
			.query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3),
					Dimension.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** The definitions in force in a year: for each code, its latest version valid from that year or before. */
	public List<Definition> definitions(int year) {
		return jdbc.sql("select distinct on (code) * from (" + DEFINITION + " where valid_from <= ?) x order by code, valid_from desc")
			.param(year)
			.query(IndicatorCatalogue::definition)
			.list();
	}

	/** Every version of every definition, by code and the year it holds from. */
	public List<Definition> versions() {
		return jdbc.sql(DEFINITION + " order by code, valid_from").query(IndicatorCatalogue::definition).list();
	}

	/** The version of a definition valid from a year. */
	Definition definition(String code, int validFrom) {
		return jdbc.sql(DEFINITION + " where code = ? and valid_from = ?").params(code, validFrom)
			.query(IndicatorCatalogue::definition).single();
	}

	private static Definition definition(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Definition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				Direction.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getLong(9));
	}

	/** Loads the shipped catalogue where it is missing (each node may do so at its start: nothing is loaded twice). */
	@Transactional
	void seed() throws IOException {
		for (CSVRecord r : read("items.csv")) {
			jdbc.sql("""
					insert into indicator_item (code, name_zh, name_en, dimension, unit, level, note)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
				.params(r.get("code"), r.get("name_zh"), r.get("name_en"), r.get("dimension"), r.get("unit"),
						r.get("level"), r.get("note").isBlank() ? null : r.get("note"))
				.update();
		}
		for (CSVRecord r : read("definitions.csv")) {
			jdbc.sql("""
					insert into indicator_definition (code, valid_from, name_zh, name_en, formula, unit, direction, source,
					    created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'system') on conflict (code, valid_from) do nothing""")
				.params(r.get("code"), SHIPPED_FROM, r.get("name_zh"), r.get("name_en"), r.get("formula"), r.get("unit"),
						r.get("direction"), r.get("source"))
				.update();
		}
	}

	private static List<CSVRecord> read(String name) throws IOException {
		try (Reader in = new InputStreamReader(IndicatorCatalogue.class.getResourceAsStream("/seed/indicators/" + name),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}
}
