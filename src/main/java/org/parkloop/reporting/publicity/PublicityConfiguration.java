package org.parkloop.reporting.publicity;

import java.util.List;

import org.parkloop.platform.ClientAddress;
import org.parkloop.platform.PublicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public page, cached while the data of the modules it shows is unchanged, and how a client's address is read. */
@Configuration(proxyBeanMethods = false)
class PublicityConfiguration {

	static final String[] READS = { "registry", "transformation", "indicators", "exchange", "reporting" };

	@Bean
	PublicPage publicPage() {
		return new PublicPage("/public", READS);
	}

	/** {@code parkloop.trusted-proxies}: the proxies (addresses or CIDR blocks) whose X-Forwarded-For is believed. */
	@Bean
	ClientAddress clientAddress(@Value("${parkloop.trusted-proxies:}") List<String> trustedProxies) {
		return new ClientAddress(trustedProxies);
	}
}
