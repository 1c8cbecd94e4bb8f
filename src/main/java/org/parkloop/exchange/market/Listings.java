package org.parkloop.exchange.market;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Role;
import org.parkloop.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and needs. Enterprise users list them for their own enterprise; everyone signed in sees the open ones as
 * published ({@link Listing#published()}); the enterprise sees its own in full; the offices of a park (CITY, the
 * county, the park, its consultant) also see its enterprises' closed listings, still without the private figures.
 */
@Service
@Transactional(readOnly = true)
public class Listings {

	public record ListingCommand(Listing.Kind kind, @Size(max = 64) String enterprise, @Size(max = 200) String title,
			@Size(max = 20) String materialCode, @DecimalMax("99999999999") Double quantity, Listing.Period period,
			@Size(max = 2000) String properties, LocalDate availableFrom, LocalDate availableTo,
			@DecimalMax("9999999999") Double price, @DecimalMax("9999999999") Double disposalCost,
			@DecimalMax("9999999") Double maxDistanceKm, @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@DecimalMin("-180") @DecimalMax("180") Double longitude, @Size(max = 100) List<Listing.@Valid Accept> accepts) {
	}

	public record Filter(Listing.Kind kind, String materialCode, String parkCode, boolean mine) {
	}

	private final JdbcClient jdbc;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Catalogue catalogue;
	private final EnterpriseRegistry enterprises;
	private final ParkAccess parkAccess;
	private final ParkCatalog parks;

	private final java.time.Clock clock;

	Listings(JdbcClient jdbc, CurrentCaller callers, Audit audit, Catalogue catalogue, EnterpriseRegistry enterprises,
			ParkAccess parkAccess, ParkCatalog parks, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.callers = callers;
		this.audit = audit;
		this.catalogue = catalogue;
		this.enterprises = enterprises;
		this.parkAccess = parkAccess;
		this.parks = parks;
	}

	/** Open listings as the caller may see them (and the caller's own, closed ones too, with {@code mine}). */
	public List<Listing> find(Filter f) {
		Caller c = callers.get();
		Set<String> own = c.scopes(Role.ENTERPRISE);
		String where = f.mine() ? "l.enterprise = any(:own)" : "l.status = 'OPEN'";
		List<Listing> rows = jdbc.sql(SELECT + " where " + where
				+ " and (cast(:kind as varchar) is null or l.kind = :kind)"
				+ " and (cast(:park as varchar) is null or l.park_code = :park)"
				+ " and (cast(:material as varchar) is null or l.material_code = :material"
				+ "      or exists (select 1 from exchange_accept a where a.listing_id = l.id and a.material_code = :material))"
				+ " order by l.created_at desc, l.id desc limit 2000")
			.param("own", own.toArray(String[]::new))
			.param("kind", f.kind() == null ? null : f.kind().name())
			.param("park", blank(f.parkCode()) ? null : f.parkCode())
			.param("material", blank(f.materialCode()) ? null : f.materialCode())
			.query(Listings::map).list();
		return withAccepts(rows).stream().map(this::asSeen).toList();
	}

	public Listing get(long id) {
		Listing l = full(id);
		if (!mayRead(l)) {
			throw new NotFound("exchange.listing.notFound", id);
		}
		return asSeen(l);
	}

	/** The listing with its private figures, for matching and deals inside the module. */
	Listing full(long id) {
		List<Listing> rows = jdbc.sql(SELECT + " where l.id = ?").param(id).query(Listings::map).list();
		if (rows.isEmpty()) {
			throw new NotFound("exchange.listing.notFound", id);
		}
		return withAccepts(rows).get(0);
	}

	/** Open and not past its last day: what matching considers. */
	private static final String CURRENT = " l.status = 'OPEN' and (l.available_to is null or l.available_to >= ?)";

	/** Every current listing of one kind in full (in the given parks, or all when null), for matching. */
	List<Listing> open(Listing.Kind kind, Set<String> parkCodes) {
		return withAccepts(jdbc.sql(SELECT + " where" + CURRENT + " and l.kind = ?"
				+ (parkCodes == null ? "" : " and l.park_code = any(?)") + " order by l.id")
			.params(parkCodes == null ? List.of(today(), kind.name())
					: List.of(today(), kind.name(), parkCodes.toArray(String[]::new)))
			.query(Listings::map).list());
	}

	/** Current needs that accept the material (by its code or its category), for an offer's candidates. */
	List<Listing> needsAccepting(Material m) {
		return withAccepts(jdbc.sql(SELECT + " where" + CURRENT + " and l.kind = 'NEED' and exists (select 1 from"
				+ " exchange_accept a where a.listing_id = l.id and (a.material_code = ? or a.material_code = ?))")
			.params(today(), m.code(), m.category() == null ? m.code() : m.category())
			.query(Listings::map).list());
	}

	/** Current offers of these materials, for a need's candidates. */
	List<Listing> offersOf(Set<String> materialCodes) {
		return withAccepts(jdbc.sql(SELECT + " where" + CURRENT + " and l.kind = 'OFFER' and l.material_code = any(?)")
			.params(today(), materialCodes.toArray(String[]::new)).query(Listings::map).list());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	boolean isOwn(Listing l) {
		return callers.get().scopes(Role.ENTERPRISE).contains(l.enterprise());
	}

	private boolean mayRead(Listing l) {
		if (isOwn(l) || (l.status() == Listing.Status.OPEN && !callers.get().isPublic())) {
			return true;
		}
		return parks.find(l.parkCode()).filter(parkAccess::canReadAsOffice).isPresent();
	}

	private Listing asSeen(Listing l) {
		return isOwn(l) ? l.seenByOwner() : l.published();
	}

	public boolean canList() {
		return !callers.get().scopes(Role.ENTERPRISE).isEmpty();
	}

	@Transactional
	public Listing create(ListingCommand c) {
		Caller caller = callers.get();
		Set<String> own = caller.scopes(Role.ENTERPRISE);
		String enterprise = blank(c.enterprise()) && own.size() == 1 ? own.iterator().next()
				: c.enterprise() == null ? null : c.enterprise().trim().toUpperCase(Locale.ROOT);
		if (enterprise == null || !own.contains(enterprise)) {
			throw new Forbidden("access.exchangeList");
		}
		EnterpriseRegistry.Profile profile = enterprises.profile(enterprise).orElseThrow(() -> new Forbidden("access.exchangeList"));
		ListingRules.Checked checked = ListingRules.check(c, profile, catalogue);
		Material material = checked.material();
		List<Listing.Accept> accepts = checked.accepts();
		Double lat = checked.latitude();
		Double lon = checked.longitude();
		Double disposal = c.disposalCost();
		if (c.kind() == Listing.Kind.OFFER && disposal == null) {
			disposal = material.typicalDisposalCost();
		}
		long id = jdbc.sql("""
				insert into exchange_listing (kind, enterprise, park_code, title, material_code, quantity, period, properties,
				    available_from, available_to, price, disposal_cost, max_distance_km, latitude, longitude, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.kind().name(), enterprise, profile.parkCode(), c.title().trim(),
					material == null ? null : material.code(), c.quantity(),
					(c.period() == null ? Listing.Period.YEAR : c.period()).name(), blank(c.properties()) ? null : c.properties().trim(),
					c.availableFrom(), c.availableTo(), c.price(), c.kind() == Listing.Kind.OFFER ? disposal : null,
					c.kind() == Listing.Kind.NEED ? c.maxDistanceKm() : null, lat, lon, caller.username())
			.query(Long.class).single();
		insertAccepts(id, accepts);
		audit.record("CREATE", "exchange_listing", Long.toString(id), c.kind() + " " + c.title().trim());
		return get(id);
	}

	/** Changes the caller's own open listing (its kind stays); deals already made keep their own quantities. */
	@Transactional
	public Listing update(long id, ListingCommand c) {
		Listing l = ownOpen(id);
		ListingCommand same = new ListingCommand(l.kind(), l.enterprise(), c.title(), c.materialCode(), c.quantity(),
				c.period(), c.properties(), c.availableFrom(), c.availableTo(), c.price(), c.disposalCost(), c.maxDistanceKm(),
				c.latitude() != null ? c.latitude() : l.latitude(), c.longitude() != null ? c.longitude() : l.longitude(),
				c.accepts());
		ListingRules.Checked checked = ListingRules.check(same, enterprises.profile(l.enterprise()).orElseThrow(), catalogue);
		Double disposal = same.disposalCost() == null && checked.material() != null
				? checked.material().typicalDisposalCost() : same.disposalCost();
		jdbc.sql("""
				update exchange_listing set title = ?, material_code = ?, quantity = ?, period = ?, properties = ?,
				    available_from = ?, available_to = ?, price = ?, disposal_cost = ?, max_distance_km = ?, latitude = ?,
				    longitude = ?, version = version + 1
				where id = ?""")
			.params(same.title().trim(), checked.material() == null ? null : checked.material().code(), same.quantity(),
					(same.period() == null ? Listing.Period.YEAR : same.period()).name(),
					blank(same.properties()) ? null : same.properties().trim(), same.availableFrom(), same.availableTo(),
					same.price(), l.offer() ? disposal : null, l.offer() ? null : same.maxDistanceKm(), checked.latitude(),
					checked.longitude(), id)
			.update();
		jdbc.sql("delete from exchange_accept where listing_id = ?").param(id).update();
		insertAccepts(id, checked.accepts());
		audit.record("UPDATE", "exchange_listing", Long.toString(id), l.kind() + " " + same.title().trim());
		return get(id);
	}

	private void insertAccepts(long id, List<Listing.Accept> accepts) {
		for (Listing.Accept a : accepts) {
			jdbc.sql("insert into exchange_accept (listing_id, material_code, value_per_unit) values (?, ?, ?)")
				.params(id, a.materialCode(), a.valuePerUnit()).update();
		}
	}

	/** The caller's own listing, still open; else the reason it may not be changed. */
	private Listing ownOpen(long id) {
		Listing l = full(id);
		if (!isOwn(l)) {
			if (mayRead(l)) {
				throw new Forbidden("access.exchangeList");
			}
			throw new NotFound("exchange.listing.notFound", id);
		}
		if (l.status() == Listing.Status.CLOSED) {
			throw new Refused("exchange.listing.closed", null, id);
		}
		return l;
	}

	@Transactional
	public Listing close(long id) {
		Listing l = ownOpen(id);
		jdbc.sql("update exchange_listing set status = 'CLOSED', version = version + 1 where id = ?").param(id).update();
		audit.record("CLOSE", "exchange_listing", Long.toString(id), l.title());
		return get(id);
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
		Map<String, EnterpriseRegistry.Profile> names = enterprises.profiles(rows.stream().map(Listing::enterprise).toList());
		return rows.stream().map(l -> l.with(names.containsKey(l.enterprise()) ? names.get(l.enterprise()).name()
				: l.enterprise(), accepts.getOrDefault(l.id(), List.of()))).toList();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static final String SELECT = """
			select l.id, l.kind, l.enterprise, l.park_code, l.title, l.material_code, l.quantity, l.period, l.properties,
			       l.available_from, l.available_to, l.price, l.disposal_cost, l.max_distance_km, l.latitude, l.longitude,
			       l.status, l.created_by, l.created_at
			from exchange_listing l""";

	private static Listing map(ResultSet rs, int n) throws SQLException {
		return new Listing(rs.getLong(1), Listing.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), Listing.Period.valueOf(rs.getString(8)),
				rs.getString(9), date(rs, 10), date(rs, 11), dbl(rs.getBigDecimal(12)), dbl(rs.getBigDecimal(13)),
				dbl(rs.getBigDecimal(14)), rs.getDouble(15), rs.getDouble(16), Listing.Status.valueOf(rs.getString(17)),
				List.of(), rs.getString(18), rs.getTimestamp(19).toInstant(), false);
	}

	private static LocalDate date(ResultSet rs, int i) throws SQLException {
		java.sql.Date d = rs.getDate(i);
		return d == null ? null : d.toLocalDate();
	}

	static Double dbl(BigDecimal d) {
		return d == null ? null : d.doubleValue();
	}
}
