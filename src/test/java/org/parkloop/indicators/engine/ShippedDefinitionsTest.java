package org.parkloop.indicators.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkloop.shared.Dimension;
import org.parkloop.shared.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped catalogue (seed/indicators): every item has a known dimension and unit, every definition parses over
 * the items, names a source, and computes the value worked out by hand for one park-year below.
 */
class ShippedDefinitionsTest {

	static List<CSVRecord> read(String name) throws IOException {
		try (Reader in = new InputStreamReader(ShippedDefinitionsTest.class.getResourceAsStream("/seed/indicators/" + name),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	static Set<String> itemCodes() throws IOException {
		return read("items.csv").stream().map(r -> r.get("code")).collect(Collectors.toSet());
	}

	/** One park-year, in the items' canonical units (万元, tce, t, m³, km²). */
	static final Map<String, BigDecimal> PARK_YEAR = new HashMap<>();

	static {
		Object[] v = { "value_added", 500000, "resource_consumption", 2000000, "energy_consumption", 250000, "fresh_water",
				8000000, "land_area", 25, "solid_waste_generated", 120000, "solid_waste_utilised", 110000,
				"solid_waste_utilised_stored", 5000, "reused_water", 32000000, "reclaimed_water", 1500000,
				"wastewater_discharged", 4500000, "household_waste_collected", 60000, "household_waste_utilised", 45000,
				"hazardous_generated", 8000, "hazardous_utilised", 3000, "hazardous_disposed", 4800, "cod", 420,
				"ammonia_nitrogen", 38, "so2", 910, "nox", 1250 };
		for (int i = 0; i < v.length; i += 2) {
			PARK_YEAR.put((String) v[i], new BigDecimal(v[i + 1].toString()));
		}
	}

	@Test
	void everyItemHasADimensionAndAUnitOfIt() throws IOException {
		List<CSVRecord> items = read("items.csv");
		assertThat(items).hasSize(25);
		for (CSVRecord r : items) {
			Unit unit = Unit.of(r.get("unit"));
			assertThat(unit.dimension()).as(r.get("code")).isEqualTo(Dimension.valueOf(r.get("dimension")));
			assertThat(r.get("level")).isIn("ENTERPRISE", "PARK");
		}
	}

	/** Hand-computed from PARK_YEAR. */
	@ParameterizedTest
	@CsvSource({ "RESOURCE_PRODUCTIVITY, 0.25", "ENERGY_PRODUCTIVITY, 2", "WATER_PRODUCTIVITY, 625",
			"LAND_PRODUCTIVITY, 2", "ENERGY_INTENSITY, 0.5", "WATER_INTENSITY, 16",
			"SOLID_WASTE_UTILISATION_RATE, 88", "WATER_REUSE_RATE, 80",
			"RECLAIMED_WATER_RATE, 25", "HOUSEHOLD_WASTE_UTILISATION_RATE, 75", "HAZARDOUS_SAFE_DISPOSAL_RATE, 97.5",
			"COD_EMISSIONS, 420", "NH3N_EMISSIONS, 38", "SO2_EMISSIONS, 910", "NOX_EMISSIONS, 1250" })
	void eachShippedFormulaOnHandComputedData(String code, String expected) throws IOException {
		CSVRecord definition = read("definitions.csv").stream().filter(r -> r.get("code").equals(code)).findFirst()
			.orElseThrow();
		Formula formula = Formula.parse(definition.get("formula"), itemCodes());
		assertThat(formula.evaluate(PARK_YEAR).orElseThrow()).isEqualByComparingTo(expected);
		assertThat(definition.get("source")).isNotBlank();
		Direction.valueOf(definition.get("direction"));
	}

	@Test
	void theIssuesCodesAreAllShipped() throws IOException {
		assertThat(read("definitions.csv").stream().map(r -> r.get("code")).toList()).containsExactlyInAnyOrder(
				"RESOURCE_PRODUCTIVITY", "ENERGY_PRODUCTIVITY", "WATER_PRODUCTIVITY", "LAND_PRODUCTIVITY", "ENERGY_INTENSITY",
				"WATER_INTENSITY", "SOLID_WASTE_UTILISATION_RATE", "WATER_REUSE_RATE", "RECLAIMED_WATER_RATE",
				"HOUSEHOLD_WASTE_UTILISATION_RATE", "HAZARDOUS_SAFE_DISPOSAL_RATE", "COD_EMISSIONS", "NH3N_EMISSIONS",
				"SO2_EMISSIONS", "NOX_EMISSIONS");
	}
}
