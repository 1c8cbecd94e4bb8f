package org.parkloop.exchange.market;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parkloop.exchange.catalogue.Material;
import org.parkloop.platform.RowVersions;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Offers and needs as stored ({@code exchange_listing}, with what a need accepts in {@code exchange_accept}): read
 * with what they accept, enterprises named by their codes ({@link Listings} names them).
 */
@Repository
class ListingStore {

	private static final String SELECT = """
			select l.id, l.kind, l.enterprise, l.park_code, l.title, l.material_code, l.quantity, l.period, l.properties,
			       l.available_from, l.available_to, l.price, l.disposal_cost, l.max_distance_km, l.latitude, l.longitude,
			       l.status, l.created_by, l.created_at, l.version
			from exchange_listing l""";

	/** Open and not past its last day: what matching considers. */
	private static final String CURRENT = " l.status = 'OPEN' and (l.available_to is null or l.available_to >= ?)";

	/** What a listing stores besides the command's own fields, worked out by {@link ListingRules}. */
	record Derived(String materialCode, Double disposalCost, Double maxDistanceKm, Double latitude, Double longitude,
			List<Listing.Accept> accepts) {
	}

	private final JdbcClient jdbc;
	private final RowVersions versions;
	private final Clock clock;

	ListingStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.versions = new RowVersions(jdbc, "exchange_listing", "id");
	}

	/** Open listings (or, with {@code mine}, every listing of the {@code own} enterprises), newest first. */
	List<Listing> search(Listings.Filter f, Set<String> own) {
		String where = f.mine() ? "l.enterprise = any(:own)" : "l.status = 'OPEN'";
		return withAccepts(jdbc.sql(SELECT + " where " + where
				+ " and (cast(:kind as varchar) is null or l.kind = :kind)"
				+ " and (cast(:park as varchar) is null or l.park_code = :park)"
				+ " and (cast(:material as varchar) is null or l.material_code = :material"
				+ "      or exists (select 1 from exchange_accept a where a.listing_id = l.id and a.material_code = :material))"
				+ " order by l.created_at desc, l.id desc limit 2000")
			.param("own", own.toArray(String[]::new))
			.param("kind", f.kind() == null ? null : f.kind().name())
			.param("park", Listings.blank(f.parkCode()) ? null : f.parkCode())
			.param("material", Listings.blank(f.materialCode()) ? null : f.materialCode())
			.query(ListingStore::map).list());
	}

	Optional<Listing> find(long id) {
		return withAccepts(jdbc.sql(SELECT + " where l.id = ?").param(id).query(ListingStore::map).list()).stream()
			.findFirst();
	}

	/** Every current listing of one kind (in the given parks, or all when null), for matching. */
	List<Listing> current(Listing.Kind kind, Set<String> parkCodes) {
		return withAccepts(jdbc.sql(SELECT + " where" + CURRENT + " and l.kind = ?"
				+ (parkCodes == null ? "" : " and l.park_code = any(?)") + " order by l.id")
			.params(parkCodes == null ? List.of(today(), kind.name())
					: List.of(today(), kind.name(), parkCodes.toArray(String[]::new)))
			.query(ListingStore::map).list());
	}

	/** Current needs that accept the material (by its code or its category), for an offer's candidates. */
	List<Listing> currentNeedsAccepting(Material m) {
		return withAccepts(jdbc.sql(SELECT + " where" + CURRENT + " and l.kind = 'NEED' and exists (select 1 from"
				+ " exchange_accept a where a.listing_id = l.id and (a.material_code = ? or a.material_code = ?))")
			.params(today(), m.code(), m.category() == null ? m.code() : m.category())
			.query(ListingStore::map).list());
	}

	/** Current offers of these materials, for a need's candidates. */
	List<Listing> currentOffersOf(Set<String> materialCodes) {
		return withAccepts(jdbc.sql(SELECT + " where" + CURRENT + " and l.kind = 'OFFER' and l.material_code = any(?)")
			.params(today(), materialCodes.toArray(String[]::new)).query(ListingStore::map).list());
	}

	long insert(Listings.ListingCommand c, String enterprise, String parkCode, Derived d, String by) {
		long id = jdbc.sql("""
				insert into exchange_listing (kind, enterprise, park_code, title, material_code, quantity, period, properties,
				    available_from, available_to, price, disposal_cost, max_distance_km, latitude, longitude, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.kind().name(), enterprise, parkCode, c.title().trim(), d.materialCode(), c.quantity(),
					period(c).name(), properties(c), c.availableFrom(), c.availableTo(), c.price(), d.disposalCost(),
					d.maxDistanceKm(), d.latitude(), d.longitude(), by)
			.query(Long.class).single();
		insertAccepts(id, d.accepts());
		return id;
	}

	/** Every change of a listing starts here, in its transaction (see {@link RowVersions}). */
	long claim(long id, ExpectedVersion expected) {
		return versions.claim(id, expected, () -> new NotFound("exchange.listing.notFound", id));
	}

	void update(long id, Listings.ListingCommand c, Derived d) {
		jdbc.sql("""
				update exchange_listing set title = ?, material_code = ?, quantity = ?, period = ?, properties = ?,
				    available_from = ?, available_to = ?, price = ?, disposal_cost = ?, max_distance_km = ?, latitude = ?,
				    longitude = ?
				where id = ?""")
			.params(c.title().trim(), d.materialCode(), c.quantity(), period(c).name(), properties(c), c.availableFrom(),
					c.availableTo(), c.price(), d.disposalCost(), d.maxDistanceKm(), d.latitude(), d.longitude(), id)
			.update();
		jdbc.sql("delete from exchange_accept where listing_id = ?").param(id).update();
		insertAccepts(id, d.accepts());
	}

	void close(long id) {
		jdbc.sql("update exchange_listing set status = 'CLOSED' where id = ?").param(id).update();
	}

	private void insertAccepts(long id, List<Listing.Accept> accepts) {
		for (Listing.Accept a : accepts) {
			jdbc.sql("insert into exchange_accept (listing_id, material_code, value_per_unit) values (?, ?, ?)")
				.params(id, a.materialCode(), a.valuePerUnit()).update();
		}
	}

	private List<Listing> withAccepts(List<Listing> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Listing.Accept>> accepts = new HashMap<>();
		jdbc.sql("select listing_id, material_code, value_per_unit from exchange_accept where listing_id = any(?) order by material_code")
			.param(rows.stream().map(Listing::id).toArray(Long[]::new))
			.query((rs, n) -> accepts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Listing.Accept(rs.getString(2), rs.getDouble(3))))
			.list();
		return rows.stream().map(l -> l.with(l.enterpriseName(), accepts.getOrDefault(l.id(), List.of()))).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Listing.Period period(Listings.ListingCommand c) {
		return c.period() == null ? Listing.Period.YEAR : c.period();
	}

	private static String properties(Listings.ListingCommand c) {
		return Listings.blank(c.properties()) ? null : c.properties().trim();
	}

	private static Listing map(ResultSet rs, int n) throws SQLException {
		return new Listing(rs.getLong(1), Listing.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), Listing.Period.valueOf(rs.getString(8)),
				rs.getString(9), date(rs, 10), date(rs, 11), dbl(rs.getBigDecimal(12)), dbl(rs.getBigDecimal(13)),
				dbl(rs.getBigDecimal(14)), rs.getDouble(15), rs.getDouble(16), Listing.Status.valueOf(rs.getString(17)),
				List.of(), rs.getString(18), rs.getTimestamp(19).toInstant(), false, rs.getLong(20));
	}

	private static LocalDate date(ResultSet rs, int i) throws SQLException {
		java.sql.Date d = rs.getDate(i);
		return d == null ? null : d.toLocalDate();
	}

	static Double dbl(BigDecimal d) {
		return d == null ? null : d.doubleValue();
	}
}
