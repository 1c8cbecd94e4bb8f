package org.parkloop.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code parkloop.*}.
 *
 * @param dataDir where the embedded database keeps its files (env {@code PARKLOOP_DATADIR})
 * @param demo whether demo data is loaded; unset means "yes when the embedded database is used"
 * @param admin the administrator account
 * @param seedParks the park list loaded on first start (empty for none)
 * @param zone the one time zone of every "today", default date and displayed time (env {@code PARKLOOP_ZONE})
 * @param metricsToken a Bearer token that may read {@code /actuator/prometheus} besides ADMIN users (env
 *        {@code PARKLOOP_METRICSTOKEN}); none when unset
 * @param restoreFrom a backup of the embedded database to restore before it starts (README "Backup and restore")
 */
@ConfigurationProperties("parkloop")
public record ParkLoopProperties(@DefaultValue("./data") Path dataDir, Boolean demo, @DefaultValue Admin admin,
		@DefaultValue("classpath:seed/parks.csv") String seedParks, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone,
		String metricsToken, Path restoreFrom) {

	/** @param password from {@code PARKLOOP_ADMIN_PASSWORD}; when unset a random one is generated at first start */
	public record Admin(String password) {
	}
}
