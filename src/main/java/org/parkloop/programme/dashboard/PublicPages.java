package org.parkloop.programme.dashboard;

import org.parkloop.platform.PublicPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The programme's pages the public reads (R13): the dashboard and the goal sets with their evaluations. */
@Configuration(proxyBeanMethods = false)
class PublicPages {

	@Bean
	PublicPage dashboardPage() {
		return new PublicPage("/", Dashboards.READS);
	}

	@Bean
	PublicPage goalSetsPage() {
		return new PublicPage("/goal-sets", Dashboards.READS);
	}

	@Bean
	PublicPage goalSetPage() {
		return new PublicPage("/goal-sets/{id}", Dashboards.READS);
	}
}
