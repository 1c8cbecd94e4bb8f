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

	public List<InboxItem> itemsFor(Caller caller) {
		if (caller.isPublic()) {
			return List.of();
		}
		List<InboxItem> items = new ArrayList<>();
		sources.forEach(s -> items.addAll(s.itemsFor(caller)));
		items.sort(Comparator.comparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
		return items;
	}
}
