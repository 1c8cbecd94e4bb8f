package org.parkloop.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parkloop.shared.Caller;
import org.springframework.stereotype.Component;

/** What waits for a user, from every module that contributes an {@link InboxSource}: soonest due first. */
@Component
public class Inbox {

	private final List<InboxSource> sources;

	Inbox(List<InboxSource> sources) {
		this.sources = List.copyOf(sources);
	}

	/**
	 * The caller's items, asked of every source once per request (the header's count and the page that lists them, the
	 * home page or the city's dashboard, share one answer).
	 */
	public List<InboxItem> itemsFor(Caller caller) {
		if (caller.isPublic()) {
			return List.of();
		}
		var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return collect(caller);
		}
		String key = Inbox.class.getName() + ":" + caller.username();
		@SuppressWarnings("unchecked")
		List<InboxItem> kept = (List<InboxItem>) request.getAttribute(key,
				org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		if (kept == null) {
			kept = collect(caller);
			request.setAttribute(key, kept, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		}
		return kept;
	}

	private List<InboxItem> collect(Caller caller) {
		List<InboxItem> items = new ArrayList<>();
		sources.forEach(s -> items.addAll(s.itemsFor(caller)));
		items.sort(Comparator.comparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return List.copyOf(items);
	}
}
