package org.parkloop.exchange.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * A hazardous-waste operating licence (危险废物经营许可证) held by a receiving enterprise.
 *
 * @param codes the eight-digit codes and HW categories it may take
 * @param province the province whose authority issued it, where the licensed facility is
 */
public record Licence(long id, String number, String holder, List<String> codes, double annualCapacityTonnes,
		LocalDate validFrom, LocalDate validTo, String province) {

	public boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

	public boolean covers(Material m) {
		return codes.contains(m.code()) || codes.contains(m.category());
	}
}
