package org.parkloop.exchange.market;

import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.RuleViolation;

import org.parkloop.shared.InvalidInput;

import org.parkloop.platform.Forms;

import org.parkloop.platform.FormView;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deals in the browser: propose from a listing's candidates, agree, deliver with shipments, complete, cancel. */
@Controller
class DealPages {

	private final Deals deals;
	private final PageSupport support;

	private final org.parkloop.platform.When when;

	private final org.parkloop.platform.Messages messages;

	DealPages(Deals deals, PageSupport support, org.parkloop.platform.When when, org.parkloop.platform.Messages messages) {
		this.messages = messages;
		this.when = when;
		this.deals = deals;
		this.support = support;
	}

	@GetMapping("/exchange/deals")
	String dealList(Model model, Locale locale) {
		model.addAttribute("deals", deals.mine());
		model.addAttribute("awaiting", deals.awaitingCaller().stream().map(Deal::id).toList());
		model.addAttribute("names", support.names(locale));
		return "exchange/deals";
	}

	@PostMapping("/exchange/deals")
	String propose(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		FormReader r = new FormReader(form);
		Long offer = r.id("offerId");
		Long need = r.id("needId");
		Deals.Proposal p = new Deals.Proposal(offer, need, r.number("quantity", "quantity"), r.number("price", "price"),
				form.get("note"));
		long[] created = { 0 };
		if (support.attempt(redirect, "exchange.deal.proposed", () -> {
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
		Deal d = deals.get(id);
		model.addAttribute("d", d);
		model.addAttribute("unit", support.unit(d.materialCode()));
		model.addAttribute("names", support.names(locale));
		model.addAttribute("today", when.today());
		return "exchange/deal";
	}

	@PostMapping("/exchange/deals/{id}/action")
	String act(@PathVariable long id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String approvalRef, RedirectAttributes redirect) {
		Deal.Action a = action == null ? null : switch (action) {
			case "AGREE", "DELIVER", "COMPLETE", "CANCEL" -> Deal.Action.valueOf(action);
			default -> null;
		};
		support.attempt(redirect, "exchange.deal.done", () -> deals.act(id, a, approvalRef, ExpectedVersion.ANY));
		return "redirect:/exchange/deals/" + id;
	}

	@PostMapping("/exchange/deals/{id}/shipments")
	String ship(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		FormReader r = new FormReader(form);
		deals.get(id);
		Deals.ShipmentCommand s = new Deals.ShipmentCommand(r.date("shippedOn"), r.number("quantity", "quantity"),
				form.get("manifestNo"), form.get("carrier"));
		try {
			r.check();
			deals.ship(id, s, ExpectedVersion.ANY);
			redirect.addFlashAttribute("message", messages.get("exchange.shipment.recorded"));
		}
		catch (InvalidInput e) {
			FormView.flash(redirect, "shipment", FormView.refused(form, Forms.merge(r.problems, e.problems()), messages));
		}
		catch (org.parkloop.shared.Forbidden | org.parkloop.shared.NotFound e) {
			throw e;
		}
		catch (RuleViolation e) {
			FormView.flash(redirect, "shipment", FormView.refused(form, e, messages));
		}
		return "redirect:/exchange/deals/" + id;
	}
}
