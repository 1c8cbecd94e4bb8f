package org.parkloop.exchange.engine;

import java.util.List;

/** The market cannot be allocated as given; {@code ids} names the offers and wants at fault. */
public class MarketException extends RuntimeException {

	private final List<String> ids;

	public MarketException(List<String> ids) {
		super("invalid offers or wants: " + ids);
		this.ids = List.copyOf(ids);
	}

	public List<String> ids() {
		return ids;
	}
}
