package org.parkloop.exchange.market;

import java.util.List;
import java.util.Locale;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Deals that wait for the caller's enterprise: to agree, to start delivering, to ship, to confirm receipt. */
@Component
class DealInbox implements InboxSource {

	private final Deals deals;
	private final PageSupport support;
	private final Messages messages;
	private final Quantities quantities;

	DealInbox(Deals deals, PageSupport support, Messages messages, Quantities quantities) {
		this.deals = deals;
		this.support = support;
		this.messages = messages;
		this.quantities = quantities;
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		if (caller.scopes(Role.ENTERPRISE).isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return deals.awaitingCaller().stream().map(d -> {
			boolean supplying = caller.scopes(Role.ENTERPRISE).contains(d.supplier());
			String partner = supplying ? d.receiverName() : d.supplierName();
			String todo = switch (d.status()) {
				case PROPOSED -> "inbox.deal.agree";
				case AGREED -> "inbox.deal.deliver";
				default -> d.shipments().isEmpty() ? "inbox.deal.ship" : "inbox.deal.confirm";
			};
			return new InboxItem("exchange.deal", messages.get(todo, support.label(d.materialCode(), locale)),
					messages.get("inbox.deal.detail", partner, quantities.of(d.quantity(), d.materialCode())),
					"/exchange/deals/" + d.id(), null);
		}).toList();
	}
}
