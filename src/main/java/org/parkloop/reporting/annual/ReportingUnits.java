package org.parkloop.reporting.annual;

import java.util.List;

import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.Caller;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.springframework.stereotype.Component;

/**
 * R16's reporting units: each county-level unit (the parks' {@code administeredBy}) reports on its parks not merged
 * away; each park the city administers itself (温州市本级) reports on its own. Which parks a report covers, every unit
 * there is, and the ones a caller files.
 */
@Component
public class ReportingUnits {

	public static final String CITY_LEVEL = "温州市本级";

	/** The city's own compilation of the year: every park, filed by CITY (not one of R16's reporting units). */
	public static final String CITY_WIDE = "温州市";

	private final ParkCatalog parks;

	ReportingUnits(ParkCatalog parks) {
		this.parks = parks;
	}

	/**
	 * The parks a report of the year covers: the unit's (existing at the year's end and not merged away by then), the
	 * one park the city administers itself, or every park (the city's compilation).
	 */
	public List<ParkView> covered(String unit, String parkCode, int year) {
		if (parkCode != null) {
			ParkView p = parks.find(parkCode).orElseThrow(() -> new NotFound("park.notFound", parkCode));
			if (!CITY_LEVEL.equals(p.administeredBy())) {
				throw new InvalidInput(List.of(new FieldProblem("parkCode", "report.parkOfUnit", p.administeredBy())));
			}
			return List.of(p);
		}
		java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
		List<ParkView> then = parks.all().stream().filter(p -> p.existsOn(end) && p.mergedIntoOn(end) == null).toList();
		if (CITY_WIDE.equals(unit)) {
			return then;
		}
		if (CITY_LEVEL.equals(unit)) {
			throw new InvalidInput(List.of(new FieldProblem("unit", "report.cityLevel")));
		}
		List<ParkView> list = then.stream().filter(p -> unit.equals(p.administeredBy())).toList();
		if (list.isEmpty()) {
			throw new InvalidInput(List.of(new FieldProblem("unit", "report.noParks", unit)));
		}
		return list;
	}

	/** Every county-level unit, sorted. */
	public List<String> counties() {
		return active().stream().map(ParkView::administeredBy).filter(u -> !CITY_LEVEL.equals(u)).distinct().sorted()
			.toList();
	}

	/** Every park the city administers itself, in the parks' order. */
	public List<String> cityLevelParks() {
		return active().stream().filter(p -> CITY_LEVEL.equals(p.administeredBy())).map(ParkView::code).toList();
	}

	/** The county units whose reports the caller files. */
	public List<String> countiesOf(Caller caller) {
		return caller.scopes(Role.COUNTY).stream().filter(u -> !CITY_LEVEL.equals(u)).sorted().toList();
	}

	/** The city-level parks whose reports the caller files. */
	public List<String> cityLevelParksOf(Caller caller) {
		return caller.scopes(Role.PARK).stream()
			.filter(p -> parks.find(p).filter(v -> CITY_LEVEL.equals(v.administeredBy())).isPresent()).sorted().toList();
	}

	/** The unit that reports on a park: its county unit, or the park itself ("@" + code) when the city administers it. */
	public static String reporterOf(ParkView park) {
		return CITY_LEVEL.equals(park.administeredBy()) ? "@" + park.code() : park.administeredBy();
	}

	/** The parks not merged away. */
	public List<ParkView> active() {
		return parks.all().stream().filter(p -> p.mergedInto() == null).toList();
	}
}
