package org.parkloop.platform.web;

import java.time.Clock;

import org.parkloop.platform.ParkLoopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The programme's dates are days in the configured zone (Asia/Shanghai by default), whatever the server's zone. */
	@Bean
	Clock clock(ParkLoopProperties properties) {
		return Clock.system(properties.zone());
	}
}
