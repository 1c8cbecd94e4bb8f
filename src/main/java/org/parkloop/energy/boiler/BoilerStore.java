package org.parkloop.energy.boiler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parkloop.energy.engine.BoilerDeadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The boilers' rows with their changes; fuel and status now are the last change's. */
@Repository
class BoilerStore {

	private static final String SELECT = """
			select id, credit_code, park_code, name, capacity, capacity_unit, tonnes_per_hour, fuel, heat_source,
			       commissioning_year, latitude, longitude, crs, annual_coal_tonnes, operating_hours, version
			from boiler""";

	private final JdbcClient jdbc;

	BoilerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Boiler b, String by) {
		return jdbc.sql("""
				insert into boiler (credit_code, park_code, name, capacity, capacity_unit, tonnes_per_hour, fuel, heat_source,
				    commissioning_year, latitude, longitude, crs, annual_coal_tonnes, operating_hours, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(b.creditCode(), b.parkCode(), b.name(), b.capacity(), b.capacityUnit(), b.tonnesPerHour(),
					b.commissionedFuel().name(), b.heatSource(), b.commissioningYear(), b.latitude(), b.longitude(), b.crs(),
					b.annualCoalTonnes(), b.operatingHours(), by)
			.query(Long.class).single();
	}

	void update(long id, Boiler b) {
		jdbc.sql("""
				update boiler set name = ?, capacity = ?, capacity_unit = ?, tonnes_per_hour = ?, fuel = ?, heat_source = ?,
				    commissioning_year = ?, latitude = ?, longitude = ?, crs = ?, annual_coal_tonnes = ?, operating_hours = ?
				where id = ?""")
			.params(b.name(), b.capacity(), b.capacityUnit(), b.tonnesPerHour(), b.commissionedFuel().name(), b.heatSource(),
					b.commissioningYear(), b.latitude(), b.longitude(), b.crs(), b.annualCoalTonnes(), b.operatingHours(), id)
			.update();
	}

	/** A change that did not go through a version check (an import): readers of the old version are told. */
	void bumpVersion(long id) {
		jdbc.sql("update boiler set version = version + 1 where id = ?").param(id).update();
	}

	void change(long id, Boiler.Change c) {
		jdbc.sql("insert into boiler_change (boiler_id, changed_on, status, fuel, recorded_by) values (?, ?, ?, ?, ?)")
			.params(id, c.date(), c.status().name(), c.fuel() == null ? null : c.fuel().name(), c.recordedBy()).update();
	}

	Optional<Boiler> find(long id) {
		return withChanges(jdbc.sql(SELECT + " where id = ?").param(id).query(BoilerStore::row).list()).stream().findFirst();
	}

	/** The boilers of one park (or every park: null) of which the caller reads all, the parks' or the enterprises'. */
	List<Boiler> of(String park, List<String> parks, List<String> enterprises, boolean all) {
		return withChanges(jdbc.sql(SELECT + """
				 where (cast(? as varchar) is null or park_code = ?)
				   and (cast(? as boolean) or park_code = any(?) or credit_code = any(?))
				order by park_code, id""")
			.params(park, park, all, parks.toArray(String[]::new), enterprises.toArray(String[]::new))
			.query(BoilerStore::row).list());
	}

	private List<Boiler> withChanges(List<Boiler> boilers) {
		if (boilers.isEmpty()) {
			return boilers;
		}
		Map<Long, List<Boiler.Change>> changes = new HashMap<>();
		jdbc.sql("""
				select boiler_id, changed_on, status, fuel, recorded_by from boiler_change where boiler_id = any(?)
				order by changed_on, id""")
			.param(boilers.stream().map(Boiler::id).toArray(Long[]::new))
			.query((rs, n) -> changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Boiler.Change(
					rs.getDate(2).toLocalDate(), BoilerDeadlines.Status.valueOf(rs.getString(3)),
					rs.getString(4) == null ? null : BoilerDeadlines.Fuel.valueOf(rs.getString(4)), rs.getString(5))))
			.list();
		return boilers.stream().map(b -> {
			List<Boiler.Change> list = changes.getOrDefault(b.id(), List.of());
			BoilerDeadlines.Fuel fuel = b.commissionedFuel();
			BoilerDeadlines.Status status = BoilerDeadlines.Status.IN_USE;
			for (Boiler.Change c : list) {
				status = c.status();
				fuel = c.fuel() != null ? c.fuel() : fuel;
			}
			return new Boiler(b.id(), b.creditCode(), b.parkCode(), b.name(), b.capacity(), b.capacityUnit(),
					b.tonnesPerHour(), b.commissionedFuel(), fuel, status, b.heatSource(), b.commissioningYear(), b.latitude(), b.longitude(),
					b.crs(), null, b.annualCoalTonnes(), b.operatingHours(), List.copyOf(list), b.version());
		}).toList();
	}

	/** The stored row: the fuel it was commissioned with, before any change. */
	private static Boiler row(ResultSet rs, int n) throws SQLException {
		return new Boiler(rs.getLong("id"), rs.getString("credit_code").strip(), rs.getString("park_code"),
				rs.getString("name"), rs.getBigDecimal("capacity"), rs.getString("capacity_unit"),
				rs.getBigDecimal("tonnes_per_hour"), BoilerDeadlines.Fuel.valueOf(rs.getString("fuel")),
				BoilerDeadlines.Fuel.valueOf(rs.getString("fuel")), BoilerDeadlines.Status.IN_USE,
				rs.getBoolean("heat_source"), (Integer) rs.getObject("commissioning_year"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("crs"), null,
				rs.getBigDecimal("annual_coal_tonnes"), (Integer) rs.getObject("operating_hours"), List.of(),
				rs.getLong("version"));
	}
}
