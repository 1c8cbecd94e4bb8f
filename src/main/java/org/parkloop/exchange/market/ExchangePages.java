package org.parkloop.exchange.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parkloop.exchange.catalogue.Catalogue;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.platform.Forms;
import org.parkloop.platform.Messages;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The exchange in the browser: the information centre, listings with their candidates, deals, and the park's plan. */
@Controller
class ExchangePages {

	private final Listings listings;
	private final Matching matching;
	private final Deals deals;
	private final Centre centre;
	private final Catalogue catalogue;
	private final ParkCatalog parks;
	private final Messages messages;
	private final JsonMapper json;

	ExchangePages(Listings listings, Matching matching, Deals deals, Centre centre, Catalogue catalogue, ParkCatalog parks,
			Messages messages, JsonMapper json) {
		this.listings = listings;
		this.matching = matching;
		this.deals = deals;
		this.centre = centre;
		this.catalogue = catalogue;
		this.parks = parks;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/exchange")
	String centre(@RequestParam(required = false) Listing.Kind kind, @RequestParam(required = false) String material,
			Model model, Locale locale) {
		Centre.Statistics stats = centre.statistics();
		model.addAttribute("stats", stats);
		List<Listing> found = listings.find(new Listings.Filter(kind, material, null, false));
		model.addAttribute("listings", found);
		model.addAttribute("labels", labels(found, locale));
		model.addAttribute("kind", kind);
		model.addAttribute("material", material);
		model.addAttribute("materials", catalogue.materials().stream().filter(Material::selectable).toList());
		model.addAttribute("names", names(locale));
		model.addAttribute("canList", listings.canList());
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("byMaterial", stats.byMaterial().stream().map(a -> List.of(label(a.key(), locale), a.quantity(), a.unit())).toList());
		chart.put("byPark", stats.byPark().stream().map(a -> List.of(parkName(a.key(), locale), a.quantity())).toList());
		chart.put("byMonth", stats.byMonth().stream().map(a -> List.of(a.key(), a.quantity())).toList());
		chart.put("tonnes", messages.get("exchange.tonnes"));
		model.addAttribute("chartJson", json.writeValueAsString(chart));
		return "exchange/centre";
	}

	@GetMapping("/exchange/listings/new")
	String newListing(@RequestParam(defaultValue = "OFFER") Listing.Kind kind, Model model) {
		if (!listings.canList()) {
			throw new org.parkloop.shared.Forbidden("access.exchangeList");
		}
		model.addAttribute("kind", kind);
		model.addAttribute("materials", catalogue.materials().stream().filter(Material::selectable).toList());
		model.addAttribute("periods", Listing.Period.values());
		return "exchange/listing-form";
	}

	@PostMapping("/exchange/listings")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Reader r = new Reader(form);
		Listing.Kind kind = "NEED".equals(form.get("kind")) ? Listing.Kind.NEED : Listing.Kind.OFFER;
		List<Listing.Accept> accepts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String code = form.get("accept" + i);
			if (code != null && !code.isBlank()) {
				accepts.add(new Listing.Accept(code, r.number("value" + i, "accepts")));
			}
		}
		Listing.Period period = "MONTH".equals(form.get("period")) ? Listing.Period.MONTH
				: "ONCE".equals(form.get("period")) ? Listing.Period.ONCE : Listing.Period.YEAR;
		Listings.ListingCommand c = new Listings.ListingCommand(kind, form.get("enterprise"), form.get("title"),
				form.get("materialCode"), r.number("quantity", "quantity"), period, form.get("properties"),
				r.date("availableFrom"), r.date("availableTo"), r.number("price", "price"),
				r.number("disposalCost", "disposalCost"), r.number("maxDistanceKm", "maxDistanceKm"), null, null, accepts);
		try {
			if (!r.problems.isEmpty()) {
				throw new InvalidInput(r.problems);
			}
			Listing created = listings.create(c);
			redirect.addFlashAttribute("message", messages.get("exchange.listing.created"));
			return "redirect:/exchange/listings/" + created.id();
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(new InvalidInput(Forms.merge(r.problems, e.problems()))));
			return "redirect:/exchange/listings/new?kind=" + kind;
		}
	}

	@GetMapping("/exchange/listings/{id}")
	String listing(@PathVariable long id, Model model, Locale locale) {
		Listing l = listings.get(id);
		model.addAttribute("l", l);
		model.addAttribute("labels", labels(List.of(l), locale));
		model.addAttribute("names", names(locale));
		model.addAttribute("parkName", parkName(l.parkCode(), locale));
		model.addAttribute("candidates", matching.maySeeCandidates(l) ? matching.candidates(id) : null);
		return "exchange/listing";
	}

	@PostMapping("/exchange/listings/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		attempt(redirect, "exchange.listing.closedNow", () -> listings.close(id));
		return "redirect:/exchange/listings/" + id;
	}

	@GetMapping("/exchange/deals")
	String dealList(Model model, Locale locale) {
		model.addAttribute("deals", deals.mine());
		model.addAttribute("names", names(locale));
		return "exchange/deals";
	}

	@PostMapping("/exchange/deals")
	String propose(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Reader r = new Reader(form);
		Long offer = r.id("offerId");
		Long need = r.id("needId");
		Deals.Proposal p = new Deals.Proposal(offer, need, r.number("quantity", "quantity"), r.number("price", "price"),
				form.get("note"));
		long[] created = { 0 };
		if (attempt(redirect, "exchange.deal.proposed", () -> {
			r.check();
			created[0] = deals.propose(p).id();
		})) {
			return "redirect:/exchange/deals/" + created[0];
		}
		String back = form.get("from");
		return "redirect:/exchange" + (back != null && back.matches("\\d+") ? "/listings/" + back : "");
	}

	@GetMapping("/exchange/deals/{id}")
	String deal(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("d", deals.get(id));
		model.addAttribute("names", names(locale));
		model.addAttribute("today", LocalDate.now());
		return "exchange/deal";
	}

	@PostMapping("/exchange/deals/{id}/action")
	String act(@PathVariable long id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String approvalRef, RedirectAttributes redirect) {
		Deal.Action a = action == null ? null : switch (action) {
			case "AGREE", "DELIVER", "COMPLETE", "CANCEL" -> Deal.Action.valueOf(action);
			default -> null;
		};
		attempt(redirect, "exchange.deal.done", () -> deals.act(id, a, approvalRef));
		return "redirect:/exchange/deals/" + id;
	}

	@PostMapping("/exchange/deals/{id}/shipments")
	String ship(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Reader r = new Reader(form);
		attempt(redirect, "exchange.shipment.recorded", () -> {
			deals.get(id);
			Deals.ShipmentCommand s = new Deals.ShipmentCommand(r.date("shippedOn"), r.number("quantity", "quantity"),
					form.get("manifestNo"), form.get("carrier"));
			r.check();
			deals.ship(id, s);
		});
		return "redirect:/exchange/deals/" + id;
	}

	/** The page, whose result is computed by {@link #planResult} while the page shows that it is running. */
	@GetMapping("/exchange/plan")
	String plan(@RequestParam(required = false) String park, Model model) {
		String scope = planScope(park);
		if (!matching.mayPlan(scope)) {
			throw new org.parkloop.shared.Forbidden(scope == null ? "access.cityOnly" : "access.park", scope);
		}
		model.addAttribute("park", scope);
		model.addAttribute("parks", matching.plannableParks());
		model.addAttribute("city", matching.mayPlan(null));
		return "exchange/plan";
	}

	@GetMapping("/exchange/plan/result")
	String planResult(@RequestParam(required = false) String park, Model model, Locale locale) {
		Matching.Plan plan = matching.plan(planScope(park));
		model.addAttribute("plan", plan);
		model.addAttribute("names", names(locale));
		Map<String, double[]> nodes = new LinkedHashMap<>();
		List<Map<String, Object>> links = new ArrayList<>();
		for (Matching.Line line : plan.lines()) {
			nodes.putIfAbsent(line.offer().enterpriseName(), new double[] { line.offer().longitude(), line.offer().latitude() });
			nodes.putIfAbsent(line.need().enterpriseName(), new double[] { line.need().longitude(), line.need().latitude() });
			links.add(Map.of("source", line.offer().enterpriseName(), "target", line.need().enterpriseName(),
					"value", line.tonnes(), "label", label(line.offer().materialCode(), locale)));
		}
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("nodes", nodes.entrySet().stream().map(e -> Map.of("name", e.getKey(), "lon", e.getValue()[0],
				"lat", e.getValue()[1])).toList());
		graph.put("links", links);
		model.addAttribute("graphJson", json.writeValueAsString(graph));
		return "exchange/plan-result :: result";
	}

	/** The park asked for; without one, the whole city for CITY, else the caller's first park. */
	private String planScope(String park) {
		if (park != null && !park.isBlank()) {
			return park;
		}
		return matching.mayPlan(null) ? null
				: matching.plannableParks().stream().findFirst().map(p -> p.code()).orElse(null);
	}

	private Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		catalogue.materials().forEach(m -> names.put(m.code(), m.label(locale)));
		parks.all().forEach(p -> names.put(p.code(), p.name(locale)));
		return names;
	}

	/** What each listing offers or accepts, as one line. */
	private Map<Long, String> labels(List<Listing> found, Locale locale) {
		Map<Long, String> out = new java.util.HashMap<>();
		for (Listing l : found) {
			out.put(l.id(), l.offer() ? label(l.materialCode(), locale)
					: String.join("、", l.accepts().stream().map(a -> label(a.materialCode(), locale)).toList()));
		}
		return out;
	}

	private String label(String code, Locale locale) {
		return catalogue.material(code).map(m -> m.label(locale)).orElse(code);
	}

	private String parkName(String code, Locale locale) {
		return parks.find(code).map(p -> p.name(locale)).orElse(code);
	}

	/**
	 * Runs a change and says so; a refusal the user can put right comes back as the page's error, while an access
	 * refusal (forbidden, not found) goes on to the error page.
	 */
	private boolean attempt(RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", messages.get(done));
			return true;
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		catch (org.parkloop.shared.Forbidden | org.parkloop.shared.NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", messages.of(e));
		}
		return false;
	}

	/** Reads numbers, ids and dates of a form, collecting what it cannot read. */
	private static final class Reader {

		final Map<String, String> form;
		final List<FieldProblem> problems = new ArrayList<>();

		Reader(Map<String, String> form) {
			this.form = form;
		}

		/** Refuses the form when something could not be read. */
		void check() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}

		Double number(String name, String field) {
			String v = form.get(name);
			if (v == null || v.isBlank()) {
				return null;
			}
			try {
				return Double.valueOf(v.trim().replace(",", ""));
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem(field, "validation.number", v));
				return null;
			}
		}

		Long id(String name) {
			Double d = number(name, name);
			return d == null ? null : d.longValue();
		}

		LocalDate date(String name) {
			String v = form.get(name);
			if (v == null || v.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(v.trim());
			}
			catch (java.time.format.DateTimeParseException e) {
				problems.add(new FieldProblem(name, "validation.unreadable", v));
				return null;
			}
		}
	}
}
