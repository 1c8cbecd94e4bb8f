package org.parkloop.exchange.market;

import java.time.LocalDate;

import org.parkloop.exchange.catalogue.Licence;
import org.parkloop.exchange.catalogue.Licences;
import org.parkloop.exchange.catalogue.Material;
import org.parkloop.shared.Refused;
import org.springframework.stereotype.Component;

/**
 * R9: a hazardous waste goes only to a receiver whose licence covers it, within the tonnes the licence leaves this
 * year. The licence's row is locked until the deal's transaction ends, so two agreements racing for its last tonnes
 * are taken one after the other and the second sees what the first took.
 */
@Component
class LicenceCapacity {

	private final DealStore store;
	private final Licences licences;
	private final MarketBuilder markets;

	LicenceCapacity(DealStore store, Licences licences, MarketBuilder markets) {
		this.store = store;
		this.licences = licences;
		this.markets = markets;
	}

	/** The receiver's valid licence covering the material with room for the tonnes, or the reason there is none. */
	Licence covering(String receiver, Material m, double tonnes, LocalDate day) {
		Licence l = licences.covering(receiver, m, day)
			.orElseThrow(() -> new Refused("exchange.deal.noLicence", "R9", m.code()));
		checkRoom(l, tonnes, day);
		return l;
	}

	/** The deal's licence, still valid on the day and with room for its tonnes. */
	void checkStillCovers(long licenceId, String materialCode, double tonnes, LocalDate day) {
		Licence l = licences.get(licenceId);
		if (!l.validOn(day)) {
			throw new Refused("exchange.deal.noLicence", "R9", materialCode);
		}
		checkRoom(l, tonnes, day);
	}

	private void checkRoom(Licence l, double tonnes, LocalDate day) {
		store.lockLicence(l.id());
		double left = markets.remaining(l, day);
		if (tonnes > left + 1e-9) {
			throw new Refused("exchange.deal.capacity", "R9", l.number(), Math.round(left * 1000) / 1000.0);
		}
	}
}
