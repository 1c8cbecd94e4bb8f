package org.parkloop.energy.zoning;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * R7's case of an enterprise inside a restricted zoning area: to be relocated or converted, opened on a date and
 * closed with a dated outcome. Its one transition table: an open case ends relocated (a relocation), converted (a
 * conversion), closed down, or exempted (either); an outcome is final.
 */
public record Relocation(long id, String creditCode, String parkCode, String zoneName, String restriction,
		Action action, LocalDate openedOn, String note, Outcome outcome, LocalDate outcomeOn, String outcomeNote) {

	public enum Action {
		RELOCATE, CONVERT
	}

	public enum Outcome {
		OPEN, RELOCATED, CONVERTED, CLOSED, EXEMPTED
	}

	private static final Map<Action, Set<Outcome>> ENDS = Map.of(
			Action.RELOCATE, EnumSet.of(Outcome.RELOCATED, Outcome.CLOSED, Outcome.EXEMPTED),
			Action.CONVERT, EnumSet.of(Outcome.CONVERTED, Outcome.CLOSED, Outcome.EXEMPTED));

	/** The outcomes this case may end with now: none once decided. */
	public Set<Outcome> next() {
		return outcome == Outcome.OPEN ? ENDS.get(action) : Set.of();
	}
}
