package org.parkloop.platform;

import java.util.List;

import org.parkloop.shared.Caller;

/**
 * The one facade through which a module puts what waits for a user into their inbox (docs/conventions.md): a bean
 * implementing it is found and asked for every signed-in page. Items are the caller's own (their scope), in the
 * caller's language; a source answers quickly (it runs for the count in the header).
 */
public interface InboxSource {

	List<InboxItem> itemsFor(Caller caller);
}
