package org.parkloop.registry.park;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkStandingProvider;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The park list with each park's standing, filtered as the list page and the API allow. */
@Component
class ParkListing {

	private final ParkService parks;
	private final ParkAccess access;
	private final ObjectProvider<ParkStandingProvider> standings;
	private final Clock clock;

	ParkListing(ParkService parks, ParkAccess access, ObjectProvider<ParkStandingProvider> standings, Clock clock) {
		this.parks = parks;
		this.access = access;
		this.standings = standings;
		this.clock = clock;
	}

	/** The parks the caller may see, in list order. */
	List<ParkView> visible() {
		return parks.all().stream().filter(access.readable()).toList();
	}

	/** @param text part of the park's name (either language) or code, or null */
	record Filter(ParkLevel level, String administeredBy, TransformationStatus status, LocalDate asOf, String text) {
	}

	List<ParkJson> list(Filter f) {
		Map<String, ParkStanding> byCode = standingsAsOf(f.asOf());
		String text = f.text() == null || f.text().isBlank() ? null : f.text().trim().toLowerCase(java.util.Locale.ROOT);
		return visible().stream()
			.filter(p -> text == null || p.code().contains(text) || p.nameZh().contains(f.text().trim())
					|| (p.nameEn() != null && p.nameEn().toLowerCase(java.util.Locale.ROOT).contains(text)))
			.filter(p -> f.level() == null || p.levelOn(f.asOf() != null ? f.asOf() : LocalDate.now(clock)) == f.level())
			.filter(p -> f.administeredBy() == null || f.administeredBy().isBlank() || p.administeredBy().equals(f.administeredBy()))
			.map(p -> ParkJson.of(p, byCode.getOrDefault(p.code(), ParkStanding.INITIAL)))
			.filter(p -> f.status() == null || p.status() == f.status())
			.toList();
	}

	ParkJson one(String code, LocalDate asOf) {
		return ParkJson.of(access.checkRead(code), standingsAsOf(asOf).getOrDefault(code, ParkStanding.INITIAL));
	}

	List<String> administeringUnits() {
		return visible().stream().map(ParkView::administeredBy).distinct().toList();
	}

	private Map<String, ParkStanding> standingsAsOf(LocalDate asOf) {
		ParkStandingProvider provider = standings.getIfAvailable();
		return provider == null ? Map.of() : provider.standingsAsOf(asOf != null ? asOf : LocalDate.now(clock));
	}
}
