package org.parkloop.transformation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkStandingProvider;

/** Each park's transformation standing over time. */
public interface ParkStatuses extends ParkStandingProvider {

	/** Every park's standing on each of the dates, read in one go (for timelines). */
	Map<LocalDate, Map<String, ParkStanding>> standingsOn(Collection<LocalDate> dates);

	/** The park's standing on a date (a merged park's is that of the park it was merged into). */
	ParkStanding standingOf(String parkCode, LocalDate date);

	/** The park's own recorded transitions, oldest first. */
	List<StatusChange> history(String parkCode);
}
