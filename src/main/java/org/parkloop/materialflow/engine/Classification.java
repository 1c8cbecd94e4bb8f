package org.parkloop.materialflow.engine;

/** What the data and the balances say about a variable (Narasimhan and Jordache, ch. 3; STAN). */
public enum Classification {
	/** Measured, and the balances would determine it without its measurement: it is adjusted. */
	REDUNDANT,
	/** Measured, but nothing else determines it: it is not adjusted. */
	JUST_MEASURED,
	/** Unknown, computed from the balances and the other values. */
	OBSERVABLE,
	/** Unknown, and the balances do not determine it. */
	UNOBSERVABLE,
	/** Given as exact (no uncertainty). */
	EXACT
}
