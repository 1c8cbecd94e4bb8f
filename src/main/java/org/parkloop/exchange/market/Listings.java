package org.parkloop.exchange.market;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.Role;
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

	/** What an enterprise lists or changes; {@code version}: the version a change was made on (or If-Match). */
	public record ListingCommand(Listing.Kind kind, @Size(max = 64) String enterprise, @Size(max = 200) String title,
			@Size(max = 20) String materialCode, @DecimalMax("99999999999") Double quantity, Listing.Period period,
			@Size(max = 2000) String properties, LocalDate availableFrom, LocalDate availableTo,
			@DecimalMax("9999999999") Double price, @DecimalMax("9999999999") Double disposalCost,
			@DecimalMax("9999999") Double maxDistanceKm, @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@DecimalMin("-180") @DecimalMax("180") Double longitude, @Size(max = 100) List<Listing.@Valid Accept> accepts,
			@Min(0) @Max(Integer.MAX_VALUE) Long version) {
	}

	public record Filter(Listing.Kind kind, String materialCode, String parkCode, boolean mine) {
	}

	private final ListingStore store;
	private final CurrentCaller callers;
	private final Audit audit;
	private final Catalogue catalogue;
	private final EnterpriseRegistry enterprises;
	private final ParkAccess parkAccess;
	private final ParkCatalog parks;

	Listings(ListingStore store, CurrentCaller callers, Audit audit, Catalogue catalogue, EnterpriseRegistry enterprises,
			ParkAccess parkAccess, ParkCatalog parks) {
		this.store = store;
		this.callers = callers;
		this.audit = audit;
		this.catalogue = catalogue;
		this.enterprises = enterprises;
		this.parkAccess = parkAccess;
		this.parks = parks;
	}

	/** Open listings as the caller may see them (and the caller's own, closed ones too, with {@code mine}). */
	public List<Listing> find(Filter f) {
		return named(store.search(f, callers.get().scopes(Role.ENTERPRISE))).stream().map(this::asSeen).toList();
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
		return named(List.of(store.find(id).orElseThrow(() -> new NotFound("exchange.listing.notFound", id)))).get(0);
	}

	/** Every current listing of one kind in full (in the given parks, or all when null), for matching. */
	List<Listing> open(Listing.Kind kind, Set<String> parkCodes) {
		return named(store.current(kind, parkCodes));
	}

	/** Current needs that accept the material (by its code or its category), for an offer's candidates. */
	List<Listing> needsAccepting(Material m) {
		return named(store.currentNeedsAccepting(m));
	}

	/** Current offers of these materials, for a need's candidates. */
	List<Listing> offersOf(Set<String> materialCodes) {
		return named(store.currentOffersOf(materialCodes));
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
		long id = store.insert(c, enterprise, profile.parkCode(), derived(c, ListingRules.check(c, profile, catalogue)),
				caller.username());
		audit.record("CREATE", "exchange_listing", Long.toString(id), c.kind() + " " + c.title().trim());
		return get(id);
	}

	/** Changes the caller's own open listing (its kind stays); deals already made keep their own quantities. */
	@Transactional
	public Listing update(long id, ListingCommand c, ExpectedVersion expected) {
		Listing l = ownOpen(id);
		ListingCommand same = new ListingCommand(l.kind(), l.enterprise(), c.title(), c.materialCode(), c.quantity(),
				c.period(), c.properties(), c.availableFrom(), c.availableTo(), c.price(), c.disposalCost(), c.maxDistanceKm(),
				c.latitude() != null ? c.latitude() : l.latitude(), c.longitude() != null ? c.longitude() : l.longitude(),
				c.accepts(), c.version());
		ListingRules.Checked checked = ListingRules.check(same, enterprises.profile(l.enterprise()).orElseThrow(), catalogue);
		store.claim(id, expected);
		store.update(id, same, derived(same, checked));
		audit.record("UPDATE", "exchange_listing", Long.toString(id), l.kind() + " " + same.title().trim());
		return get(id);
	}

	/** An offer's disposal cost defaults to its material's typical one; a need keeps its maximum distance. */
	private static ListingStore.Derived derived(ListingCommand c, ListingRules.Checked checked) {
		Material material = checked.material();
		boolean offer = c.kind() == Listing.Kind.OFFER;
		Double disposal = c.disposalCost() == null && material != null ? Double.valueOf(material.typicalDisposalCost())
				: c.disposalCost();
		return new ListingStore.Derived(material == null ? null : material.code(), offer ? disposal : null,
				offer ? null : c.maxDistanceKm(), checked.latitude(), checked.longitude(), checked.accepts());
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
	public Listing close(long id, ExpectedVersion expected) {
		Listing l = ownOpen(id);
		store.claim(id, expected);
		store.close(id);
		audit.record("CLOSE", "exchange_listing", Long.toString(id), l.title());
		return get(id);
	}

	/** The listings with their enterprises' names. */
	private List<Listing> named(List<Listing> rows) {
		Map<String, EnterpriseRegistry.Profile> names = enterprises.profiles(rows.stream().map(Listing::enterprise).toList());
		return rows.stream().map(l -> l.with(names.containsKey(l.enterprise()) ? names.get(l.enterprise()).name()
				: l.enterprise(), l.accepts())).toList();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
