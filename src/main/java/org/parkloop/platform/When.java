package org.parkloop.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Dates and times in the one configured zone ({@code parkloop.zone}, Asia/Shanghai by default): what "today" is,
 * and how a stored instant reads. Templates call it as {@code ${@when.time(d.agreedAt)}}.
 */
@Component("when")
public class When {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	When(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public LocalDateTime local(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
	}

	public LocalDate date(Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
	}

	/** "2026-11-29 09:30", or "" for none. */
	public String time(Instant at) {
		return at == null ? "" : MINUTES.format(local(at));
	}

	/** "2026-11-29 09:30:12", or "" for none. */
	public String seconds(Instant at) {
		return at == null ? "" : SECONDS.format(local(at));
	}
}
