package org.parkloop.platform.web;

import java.time.Clock;
import java.time.Duration;

import org.parkloop.platform.ParkLoopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Static files under their own paths only (Boot's default {@code /**} made every link on a page a classpath
	 * lookup), named by their content ({@code parkloop-<hash>.css}) or their webjar's version so browsers keep them a
	 * year. Boot's own mappings are off ({@code spring.web.resources.add-mappings=false}).
	 */
	/** After security (which decides who reads and adds its headers): see {@link PublicPageCache}. */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPageCache> publicPageCache(
			java.util.List<org.parkloop.platform.PublicPage> pages, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			Clock clock) {
		var bean = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new PublicPageCache(pages, jdbc, clock));
		bean.setOrder(0);
		return bean;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
		for (String dir : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + dir + "/**")
				.addResourceLocations("classpath:/static/" + dir + "/")
				.setCacheControl(year)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/** The programme's dates are days in the configured zone (Asia/Shanghai by default), whatever the server's zone. */
	@Bean
	Clock clock(ParkLoopProperties properties) {
		return Clock.system(properties.zone());
	}
}
