package org.parkloop.exchange.market;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exchange's cost figures, set per installation ({@code parkloop.exchange.*}).
 *
 * @param transportCostPerTonneKm yuan to move a tonne one road kilometre
 * @param roadFactor road distance over great-circle distance
 * @param co2KgPerTonneKm transport emissions (default: a laden diesel lorry, about 0.107 kg CO2e per tonne-km in the UK
 *        government's conversion factors)
 * @param province the platform's province: a hazardous transfer to a licence of another province needs approval
 */
@ConfigurationProperties("parkloop.exchange")
public record ExchangeSettings(@DefaultValue("0.6") double transportCostPerTonneKm, @DefaultValue("1.3") double roadFactor,
		@DefaultValue("0.107") double co2KgPerTonneKm, @DefaultValue("浙江省") String province) {
}
