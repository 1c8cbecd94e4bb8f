package org.parkloop.reporting.publicity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often a client address sent feedback in the current hour, counted in the database (one upsert, so that two
 * nodes, or two requests at once, never both see room for the last one), in a transaction of its own: an attempt
 * refused for its input or caught by the honeypot still counts. Windows older than a day are deleted as it goes.
 */
@Component
class FeedbackRate {

	private final JdbcClient jdbc;

	FeedbackRate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts the attempt; the number of attempts in the hour including this one. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int count(String client, Instant now) {
		Timestamp window = Timestamp.from(now.truncatedTo(ChronoUnit.HOURS));
		jdbc.sql("delete from feedback_rate where window_start < ?").param(Timestamp.from(now.minus(1, ChronoUnit.DAYS)))
			.update();
		return jdbc.sql("""
				insert into feedback_rate (client, window_start, attempts) values (?, ?, 1)
				on conflict (client, window_start) do update set attempts = feedback_rate.attempts + 1
				returning attempts""").params(client, window).query(Integer.class).single();
	}
}
