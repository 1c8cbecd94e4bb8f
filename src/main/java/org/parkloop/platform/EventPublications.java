package org.parkloop.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Housekeeping of the event publication registry: the publications of events handled more than 30 days ago are
 * deleted each night, on one node; those not yet handled stay until they are (each start handles them again).
 */
@Component
class EventPublications {

	static final Duration KEPT = Duration.ofDays(30);

	private final CompletedEventPublications completed;
	private final Jobs jobs;
	private final Clock clock;

	EventPublications(CompletedEventPublications completed, Jobs jobs, Clock clock) {
		this.completed = completed;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "0 40 3 * * *", zone = "${parkloop.zone:Asia/Shanghai}")
	void nightly() {
		jobs.once("event-publication-purge", LocalDate.now(clock).toString(),
				() -> completed.deletePublicationsOlderThan(KEPT));
	}
}
