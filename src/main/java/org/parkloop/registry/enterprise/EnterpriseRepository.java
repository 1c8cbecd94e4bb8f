package org.parkloop.registry.enterprise;

import org.parkloop.registry.Industry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnterpriseRepository {

	private static final String COLUMNS = "credit_code, name, park_code, industry_code, address, latitude, longitude, size, demo, version";

	private final JdbcClient jdbc;
	private final RowVersions versions;

	EnterpriseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.versions = new RowVersions(jdbc, "enterprise", "credit_code");
	}

	/** Every change of an enterprise's record starts here, in its transaction (see {@link RowVersions}). */
	long claim(String creditCode, ExpectedVersion expected) {
		return versions.claim(creditCode, expected, () -> new NotFound("enterprise.notFound", creditCode));
	}

	/**
	 * A search. {@code parks} and {@code codes} restrict it to the caller's scope: an enterprise is found when it is in
	 * one of {@code parks} or is one of {@code codes}; both null means no restriction.
	 */
	record Query(String park, String industry, String text, int page, int size, Set<String> parks, Set<String> codes) {

		Query(String park, String industry, String text, int page, int size) {
			this(park, industry, text, page, size, null, null);
		}

		static Query all(String park) {
			return new Query(park, null, null, 0, Integer.MAX_VALUE);
		}

		Query within(Set<String> allowedParks, Set<String> allowedCodes) {
			return new Query(park, industry, text, page, size, allowedParks, allowedCodes);
		}

		boolean restricted() {
			return parks != null || codes != null;
		}
	}

	List<Enterprise> find(Query q) {
		return jdbc.sql("select " + COLUMNS + " from enterprise where " + WHERE
				+ " order by park_code, name limit :limit offset :offset")
			.params(params(q))
			.param("limit", q.size())
			.param("offset", (long) q.page() * q.size())
			.query(EnterpriseRepository::map)
			.list();
	}

	long count(Query q) {
		return jdbc.sql("select count(*) from enterprise where " + WHERE).params(params(q)).query(Long.class).single();
	}

	private static final String WHERE = "(cast(:park as varchar) is null or park_code = :park) "
			+ "and (cast(:industry as varchar) is null or industry_code = :industry) "
			+ "and (cast(:text as varchar) is null or name like '%' || :text || '%' or credit_code like '%' || :text || '%') "
			+ "and (not :restricted or park_code = any(:parks) or credit_code = any(:codes))";

	private static Map<String, Object> params(Query q) {
		Map<String, Object> m = new HashMap<>();
		m.put("park", q.park());
		m.put("industry", q.industry());
		m.put("text", q.text());
		m.put("restricted", q.restricted());
		m.put("parks", (q.parks() == null ? Set.<String>of() : q.parks()).toArray(String[]::new));
		m.put("codes", (q.codes() == null ? Set.<String>of() : q.codes()).toArray(String[]::new));
		return m;
	}

	Optional<Enterprise> find(String creditCode) {
		return jdbc.sql("select " + COLUMNS + " from enterprise where credit_code = ?")
			.param(creditCode)
			.query(EnterpriseRepository::map)
			.optional();
	}

	List<org.parkloop.registry.EnterpriseRegistry.Listed> registeredBy(String parkCode, java.time.LocalDate date) {
		return jdbc.sql("select credit_code, name from enterprise where park_code = ? and registered_on <= ? order by credit_code")
			.params(parkCode, date)
			.query((rs, n) -> new org.parkloop.registry.EnterpriseRegistry.Listed(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** The fictional demo enterprises have been on the platform since the programme's base year. */
	void registeredSince(java.util.Collection<String> creditCodes, java.time.LocalDate date) {
		jdbc.sql("update enterprise set registered_on = ? where credit_code = any(?)")
			.params(date, creditCodes.toArray(String[]::new)).update();
	}

	List<Enterprise> findAll(java.util.Collection<String> creditCodes) {
		return jdbc.sql("select " + COLUMNS + " from enterprise where credit_code = any(?)")
			.param(creditCodes.toArray(String[]::new))
			.query(EnterpriseRepository::map)
			.list();
	}

	boolean exists(String creditCode) {
		return jdbc.sql("select count(*) from enterprise where credit_code = ?").param(creditCode).query(Integer.class).single() > 0;
	}

	void insert(EnterpriseCommand c, boolean demo) {
		jdbc.sql("""
				insert into enterprise (credit_code, name, park_code, industry_code, address, latitude, longitude, size, demo)
				values (:creditCode, :name, :park, :industry, :address, :lat, :lon, :size, :demo)""")
			.params(fields(c))
			.param("demo", demo)
			.update();
	}

	void update(EnterpriseCommand c) {
		jdbc.sql("""
				update enterprise set name = :name, park_code = :park, industry_code = :industry, address = :address,
				       latitude = :lat, longitude = :lon, size = :size
				where credit_code = :creditCode""")
			.params(fields(c))
			.update();
	}

	/** The record under another code (its version claimed before), so that references can move before the old goes. */
	void copy(String from, String to) {
		jdbc.sql("insert into enterprise (" + COLUMNS + ") select ?, name, park_code, industry_code, address, latitude, "
				+ "longitude, size, demo, version from enterprise where credit_code = ?")
			.params(to, from)
			.update();
	}

	void delete(String creditCode) {
		jdbc.sql("delete from enterprise where credit_code = ?").param(creditCode).update();
	}

	List<Industry> industries() {
		return jdbc.sql("select code, section, name_zh, name_en from industry_division order by code")
			.query((rs, n) -> new Industry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	boolean anyExist() {
		return jdbc.sql("select exists (select 1 from enterprise)").query(Boolean.class).single();
	}

	private static Map<String, Object> fields(EnterpriseCommand c) {
		Map<String, Object> m = new HashMap<>();
		m.put("creditCode", c.creditCode());
		m.put("name", c.name());
		m.put("park", c.parkCode());
		m.put("industry", c.industryCode());
		m.put("address", c.address());
		m.put("lat", c.latitude());
		m.put("lon", c.longitude());
		m.put("size", EnterpriseSize.parse(c.size()).orElseThrow().name());
		return m;
	}

	private static Enterprise map(ResultSet rs, int n) throws SQLException {
		return new Enterprise(rs.getString("credit_code"), rs.getString("name"), rs.getString("park_code"),
				rs.getString("industry_code"), rs.getString("address"), rs.getBigDecimal("latitude"),
				rs.getBigDecimal("longitude"), EnterpriseSize.valueOf(rs.getString("size")), rs.getBoolean("demo"),
				rs.getLong("version"));
	}
}
