package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Size;

/**
 * An assessment scheme of a year (R18): its criteria with weights (summing to 100), each computed from the platform's
 * data by a {@link Metric} or entered by CITY with a reason. Its one transition table: a draft is run (scored); a scored
 * scheme may be run again or have its entered scores changed until CITY publishes it, after which it is frozen.
 */
public record Scheme(long id, String name, int year, Status status, List<Criterion> criteria, Instant runAt,
		Instant publishedAt, String publishedBy, long version) implements org.parkloop.shared.Versioned {

	public enum Status {
		DRAFT, SCORED, PUBLISHED;

		private static final Map<Status, Set<Status>> NEXT = Map.of(DRAFT, Set.of(SCORED), SCORED,
				Set.of(SCORED, PUBLISHED), PUBLISHED, Set.of());

		boolean may(Status next) {
			return NEXT.get(this).contains(next);
		}
	}

	/** COMPUTED criteria name their metric; ENTERED ones are scored by CITY. */
	public record Criterion(@Size(max = 40) String code, @Size(max = 100) String nameZh, @Size(max = 200) String nameEn,
			@DecimalMax("100") BigDecimal weight, @Size(max = 10) String source, @Size(max = 40) String metric) {

		public boolean computed() {
			return "COMPUTED".equals(source);
		}

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
		}
	}

	/** Points CITY entered for an entered criterion, with the reason. */
	public record Entered(BigDecimal score, String comment) {
	}

	Criterion criterion(String code) {
		return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
	}
}
