package org.parkloop.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One configured zone for every "today", default and display (parkloop.zone): no code asks the server's zone for a
 * date (LocalDate.now() and its kin without a Clock), which is how goods came to be shipped before their deal was
 * agreed. Dates come from the Clock bean or {@link When}.
 */
class OneZoneTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.parkloop");

	@Test
	void noCodeReadsTheDateInTheServersZone() {
		noClasses().should().callMethod(LocalDate.class, "now")
			.orShould().callMethod(LocalDateTime.class, "now")
			.orShould().callMethod(LocalTime.class, "now")
			.orShould().callMethod(ZonedDateTime.class, "now")
			.orShould().callMethod(YearMonth.class, "now")
			.orShould().callMethod(Year.class, "now")
			.orShould().callMethod(ZoneId.class, "systemDefault")
			.because("dates are days of the configured zone: use the Clock bean or When")
			.check(MAIN);
	}

	@Test
	void todayAndTimesAreTheConfiguredZones() {
		// 18:00 UTC on 1 March is already 2 March in China
		When when = new When(Clock.fixed(Instant.parse("2026-03-01T18:00:00Z"), ZoneId.of("Asia/Shanghai")));
		assertThat(when.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(when.time(Instant.parse("2026-03-01T18:00:00Z"))).isEqualTo("2026-03-02 02:00");
		assertThat(when.date(Instant.parse("2026-03-01T18:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
	}
}
