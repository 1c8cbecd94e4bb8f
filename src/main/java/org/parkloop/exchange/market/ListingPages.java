package org.parkloop.exchange.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.platform.FormView;
import org.parkloop.platform.Forms;
import org.parkloop.platform.Messages;
import org.parkloop.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The information centre and the listings in the browser: list, publish, see one with its candidates, close. */
@Controller
class ListingPages {

	private final Listings listings;
	private final Deals deals;
	private final Matching matching;
	private final Centre centre;
	private final Catalogue catalogue;
	private final Messages messages;
	private final JsonMapper json;
	private final PageSupport support;

	ListingPages(Listings listings, Deals deals, Matching matching, Centre centre, Catalogue catalogue, Messages messages, JsonMapper json, PageSupport support) {
		this.listings = listings;
		this.deals = deals;
		this.matching = matching;
		this.centre = centre;
		this.catalogue = catalogue;
		this.messages = messages;
		this.json = json;
		this.support = support;
	}

	@GetMapping("/exchange")
	String centre(@RequestParam(required = false) Listing.Kind kind, @RequestParam(required = false) String material,
			Model model, Locale locale) {
		Centre.Statistics stats = centre.statistics();
		model.addAttribute("stats", stats);
		model.addAttribute("awaiting", deals.awaitingCaller().size());
		List<Listing> found = listings.find(new Listings.Filter(kind, material, null, false));
		model.addAttribute("listings", found);
		model.addAttribute("labels", support.labels(found, locale));
		model.addAttribute("kind", kind);
		model.addAttribute("material", material);
		model.addAttribute("materials", catalogue.materials().stream().filter(Material::selectable).toList());
		model.addAttribute("names", support.names(locale));
		model.addAttribute("canList", listings.canList());
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("byMaterial", stats.byMaterial().stream().filter(a -> "t".equals(a.unit()))
			.map(a -> List.of(support.shortLabel(a.key(), locale), a.quantity())).toList());
		model.addAttribute("otherUnits", stats.byMaterial().stream().filter(a -> !"t".equals(a.unit()))
			.map(a -> support.label(a.key(), locale) + " " + String.format(Locale.ROOT, "%,.1f", a.quantity()) + " " + a.unit())
			.toList());
		chart.put("byPark", stats.byPark().stream().map(a -> List.of(support.parkName(a.key(), locale), a.quantity())).toList());
		chart.put("offered", stats.offered().stream().filter(a -> "t".equals(a.unit()))
			.map(a -> List.of(support.shortLabel(a.key(), locale), a.quantity())).toList());
		chart.put("byMonth", stats.byMonth().stream().map(a -> List.of(a.key(), a.quantity())).toList());
		chart.put("tonnes", messages.get("exchange.tonnes"));
		model.addAttribute("chartJson", org.parkloop.platform.ScriptJson.of(json, chart));
		return "exchange/centre";
	}

	@GetMapping("/exchange/listings/new")
	String newListing(@RequestParam(defaultValue = "OFFER") Listing.Kind kind, Model model) {
		if (!listings.canList()) {
			throw new org.parkloop.shared.Forbidden("access.exchangeList");
		}
		return form(model, kind, null, FormView.of(Map.of("period", Listing.Period.YEAR)));
	}

	/** A refused listing comes back with everything the user typed and each problem beside its field. */
	@PostMapping("/exchange/listings")
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Listing.Kind kind = "NEED".equals(form.get("kind")) ? Listing.Kind.NEED : Listing.Kind.OFFER;
		FormReader r = new FormReader(form);
		Listings.ListingCommand c = command(kind, form, r);
		try {
			r.check();
			Listing created = listings.create(c);
			redirect.addFlashAttribute("message", messages.get("exchange.listing.created"));
			return "redirect:/exchange/listings/" + created.id();
		}
		catch (InvalidInput e) {
			return form(model, kind, null, FormView.refused(form, Forms.merge(r.problems, e.problems()), messages));
		}
	}

	@GetMapping("/exchange/listings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Listing l = listings.get(id);
		if (!l.own()) {
			throw new org.parkloop.shared.Forbidden("access.exchangeList");
		}
		return form(model, l.kind(), l, FormView.of(values(l)));
	}

	@PostMapping("/exchange/listings/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Listing l = listings.get(id);
		FormReader r = new FormReader(form);
		Listings.ListingCommand c = command(null, form, r);
		try {
			r.check();
			listings.update(id, c, org.parkloop.platform.Versions.ofForm(form));
			redirect.addFlashAttribute("message", messages.get("exchange.listing.updated"));
			return "redirect:/exchange/listings/" + id;
		}
		catch (InvalidInput e) {
			return form(model, l.kind(), l, FormView.refused(form, Forms.merge(r.problems, e.problems()), messages));
		}
		catch (org.parkloop.shared.StaleVersion e) {
			return form(model, l.kind(), l, FormView.stale(form, e, messages, "/exchange/listings/" + id));
		}
		catch (org.parkloop.shared.Refused e) {
			redirect.addFlashAttribute("error", messages.of(e));
			return "redirect:/exchange/listings/" + id;
		}
	}

	private String form(Model model, Listing.Kind kind, Listing l, FormView form) {
		model.addAttribute("l", l);
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("materials", catalogue.materials().stream().filter(Material::selectable).toList());
		model.addAttribute("periods", Listing.Period.values());
		return "exchange/listing-form";
	}

	/** A stored listing as the form's values. */
	private static Map<String, Object> values(Listing l) {
		Map<String, Object> v = new java.util.HashMap<>();
		v.put("title", l.title());
		v.put("version", l.version());
		v.put("materialCode", l.materialCode());
		v.put("quantity", plain(l.quantity()));
		v.put("period", l.period());
		v.put("maxDistanceKm", plain(l.maxDistanceKm()));
		v.put("disposalCost", plain(l.disposalCost()));
		v.put("price", plain(l.price()));
		v.put("availableFrom", l.availableFrom());
		v.put("availableTo", l.availableTo());
		v.put("properties", l.properties());
		for (int i = 0; i < l.accepts().size() && i < 3; i++) {
			v.put("accept" + i, l.accepts().get(i).materialCode());
			v.put("value" + i, plain(l.accepts().get(i).valuePerUnit()));
		}
		return v;
	}

	/** 2000.0 as "2000", 12.5 as "12.5". */
	private static String plain(Double d) {
		return d == null ? null : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

	/** The listing a form describes (up to three accepted materials with their values). */
	private static Listings.ListingCommand command(Listing.Kind kind, Map<String, String> form, FormReader r) {
		List<Listing.Accept> accepts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String code = form.get("accept" + i);
			if (code != null && !code.isBlank()) {
				accepts.add(new Listing.Accept(code, r.number("value" + i, "accepts")));
			}
		}
		Listing.Period period = "MONTH".equals(form.get("period")) ? Listing.Period.MONTH
				: "ONCE".equals(form.get("period")) ? Listing.Period.ONCE : Listing.Period.YEAR;
		return new Listings.ListingCommand(kind, form.get("enterprise"), form.get("title"), form.get("materialCode"),
				r.number("quantity", "quantity"), period, form.get("properties"), r.date("availableFrom"),
				r.date("availableTo"), r.number("price", "price"), r.number("disposalCost", "disposalCost"),
				r.number("maxDistanceKm", "maxDistanceKm"), null, null, accepts, null);
	}

	@GetMapping("/exchange/listings/{id}")
	String listing(@PathVariable long id, Model model, Locale locale) {
		Listing l = listings.get(id);
		model.addAttribute("l", l);
		model.addAttribute("labels", support.labels(List.of(l), locale));
		model.addAttribute("names", support.names(locale));
		model.addAttribute("parkName", support.parkName(l.parkCode(), locale));
		model.addAttribute("candidates", matching.maySeeCandidates(l) ? matching.candidates(id) : null);
		return "exchange/listing";
	}

	@PostMapping("/exchange/listings/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		support.attempt(redirect, "exchange.listing.closedNow", () -> listings.close(id, org.parkloop.shared.ExpectedVersion.ANY));
		return "redirect:/exchange/listings/" + id;
	}
}
