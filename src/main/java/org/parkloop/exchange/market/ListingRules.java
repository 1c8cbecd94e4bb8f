package org.parkloop.exchange.market;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.registry.EnterpriseRegistry;
import org.parkloop.platform.Inputs;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;

/**
 * What a listing must be before it is published: a title, a positive quantity, dates in order, no negative price; an
 * offer names a material of the catalogue, a need accepts at least one and sets a maximum distance; it has a place
 * (the enterprise's, unless given).
 */
final class ListingRules {

	/** The listing's material (offers), accepted materials (needs) and place, once every rule holds. */
	record Checked(Material material, List<Listing.Accept> accepts, Double latitude, Double longitude) {
	}

	private ListingRules() {
	}

	/** The checked listing, or every problem found, each naming its field. */
	static Checked check(Listings.ListingCommand c, EnterpriseRegistry.Profile profile, Catalogue catalogue) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.kind() == null) {
			problems.add(new FieldProblem("kind", "validation.required"));
		}
		if (Listings.blank(c.title())) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		if (c.quantity() == null || !(c.quantity() > 0)) {
			problems.add(new FieldProblem("quantity", "validation.positive"));
		}
		if (c.availableFrom() != null && c.availableTo() != null && c.availableTo().isBefore(c.availableFrom())) {
			problems.add(new FieldProblem("availableTo", "exchange.dates.order"));
		}
		for (String f : List.of("price", "disposalCost")) {
			Double v = f.equals("price") ? c.price() : c.disposalCost();
			if (v != null && !(v >= 0)) {
				problems.add(new FieldProblem(f, "validation.nonNegative"));
			}
		}
		Material material = null;
		List<Listing.Accept> accepts = new ArrayList<>();
		if (c.kind() == Listing.Kind.OFFER) {
			material = materialOrProblem(catalogue, "materialCode", c.materialCode(), problems);
		}
		else if (c.kind() == Listing.Kind.NEED) {
			if (c.maxDistanceKm() == null || !(c.maxDistanceKm() > 0)) {
				problems.add(new FieldProblem("maxDistanceKm", "validation.positive"));
			}
			Set<String> seen = new HashSet<>();
			for (Listing.Accept a : c.accepts() == null ? List.<Listing.Accept>of() : c.accepts()) {
				Material m = materialOrProblem(catalogue, "accepts", a.materialCode(), problems);
				if (m != null && seen.add(m.code())) {
					if (a.valuePerUnit() != null && !(a.valuePerUnit() >= 0)) {
						problems.add(new FieldProblem("accepts", "validation.nonNegative"));
					}
					accepts.add(new Listing.Accept(m.code(), a.valuePerUnit() == null ? 0.0 : a.valuePerUnit()));
				}
			}
			if (accepts.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("accepts"))) {
				problems.add(new FieldProblem("accepts", "exchange.accepts.required"));
			}
		}
		Double lat = c.latitude() != null ? c.latitude() : profile.latitude();
		Double lon = c.longitude() != null ? c.longitude() : profile.longitude();
		if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			problems.add(new FieldProblem("latitude", "exchange.location.required"));
		}
		problems = Inputs.withLimits(c, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(material, accepts, lat, lon);
	}

	private static Material materialOrProblem(Catalogue catalogue, String field, String code, List<FieldProblem> problems) {
		if (code == null || code.isBlank()) {
			problems.add(new FieldProblem(field, "validation.required"));
			return null;
		}
		Material m = catalogue.material(code).filter(Material::selectable).orElse(null);
		if (m == null) {
			problems.add(new FieldProblem(field, "exchange.material.unknown", code));
		}
		return m;
	}
}
