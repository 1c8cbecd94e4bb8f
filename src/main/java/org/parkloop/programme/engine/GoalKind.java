package org.parkloop.programme.engine;

/** The kinds of programme goal. */
public enum GoalKind {
	/** At least X % of the parks of a level (or of all levels) have at least status S (R4, R5). */
	SHARE_AT_LEAST,
	/** Between MIN and MAX parks hold at least designation D (R4, R5). */
	DESIGNATION_COUNT,
	/** Every park of batch B has at least status S (R6). */
	BATCH_AT_LEAST
}
