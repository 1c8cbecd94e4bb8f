package org.parkloop.identity.security;

import org.parkloop.identity.account.ApiTokens;
import org.parkloop.identity.account.BearerTokenFilter;
import org.parkloop.identity.account.LockingAuthenticationProvider;
import org.parkloop.identity.account.PasswordChangeRequired;
import org.parkloop.identity.account.UserAccounts;
import org.parkloop.platform.ParkLoopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, before any module's own scope check. The public reads the programme's progress (the dashboard
 * and the goal evaluations, R13 publicity) and may register an enterprise; everything else needs a signed-in user,
 * and each module then checks the user's roles and scopes for the data asked for.
 *
 * <p>The API authenticates each request (HTTP Basic or a Bearer token) and never uses the browser's session, so it
 * needs no CSRF token; the pages use a form login, a session stored in the database, and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:%s; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The pages' policy: only the platform's own scripts and images, and the tiles of the map's tile layer when one is
	 * configured ({@code parkloop.map.tiles}: its host, any subdomain when the template has {s}).
	 */
	static String csp(String tiles) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?)://([^/]+)").matcher(tiles == null ? "" : tiles);
		if (!m.find()) {
			return CSP.formatted("");
		}
		String host = m.group(2).replaceFirst("^[^.]*\\{s\\}[^.]*\\.", "*.");
		return CSP.formatted(" " + m.group(1) + "://" + host);
	}

	@org.springframework.beans.factory.annotation.Value("${parkloop.map.tiles:}")
	private String tiles;

	@Bean
	AuthenticationManager authenticationManager(LockingAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	/**
	 * Health and readiness are public and say no more than UP or DOWN (load balancers ask them); the metrics are for
	 * ADMIN users or the scraper's token ({@code parkloop.metrics-token}); nothing else of the actuator is exposed.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, ProblemAuthenticationEntryPoint problems,
			AuthenticationManager manager, ParkLoopProperties properties) throws Exception {
		http.securityMatcher("/actuator/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
				.access(new MetricsAccess(properties.metricsToken()))
				.anyRequest().denyAll())
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint problems, AuthenticationManager manager,
			ApiTokens tokens, UserAccounts accounts) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.GET, "/api/v1/programme/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/registrations").permitAll()
				// R13: the public's reading and feedback; a published assessment (the services refuse the rest)
				.requestMatchers(HttpMethod.GET, "/api/v1/public/**", "/api/v1/assessments", "/api/v1/assessments/schemes/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/feedback").permitAll()
				.anyRequest().authenticated())
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequired(problems::mustChangePassword),
					org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(csp(tiles))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, ProblemAuthenticationEntryPoint problems)
			throws Exception {
		http.authenticationManager(manager)
			.addFilterAfter(new PasswordChangeRequired(problems::mustChangePassword),
					org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.GET, "/goal-sets/new").authenticated()
				.requestMatchers(HttpMethod.GET, "/", "/goal-sets", "/goal-sets/{id}", "/goal-sets/{id}/export",
						"/goal-sets/{id}/publications/{publicationId}", "/goal-sets/{id}/publications/{publicationId}/export",
						"/help", "/public", "/assessments", "/assessments/*", "/css/**", "/js/**", "/webjars/**",
						"/favicon.ico", "/favicon.svg", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/login", "/register", "/error").permitAll()
				.anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/home").permitAll())
			.exceptionHandling(e -> e.accessDeniedHandler(new ExpiredFormHandler()))
			.logout(l -> l.logoutSuccessUrl("/"))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(csp(tiles)))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Sessions in PostgreSQL: an attribute is written with an upsert, so two requests of one browser that both add
	 * it (the first pages after signing in, loaded at once) do not collide on its key.
	 */
	@Bean
	org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
