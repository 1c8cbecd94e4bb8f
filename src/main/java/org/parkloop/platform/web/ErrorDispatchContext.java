package org.parkloop.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page is rendered in the container's error dispatch, after the security filters have finished with the
 * request and cleared who is signed in. This puts the session's user back for that dispatch only, so that a 404 or
 * 500 page keeps the signed-in header.
 */
@Configuration(proxyBeanMethods = false)
class ErrorDispatchContext {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorDispatchSecurityContext() {
		FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilterErrorDispatch() {
				return false;
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				boolean restored = false;
				if (session != null && SecurityContextHolder.getContext().getAuthentication() == null
						&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
							instanceof SecurityContext context) {
					SecurityContextHolder.setContext(context);
					restored = true;
				}
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (restored) {
						SecurityContextHolder.clearContext();
					}
				}
			}
		});
		bean.setDispatcherTypes(DispatcherType.ERROR);
		bean.setOrder(Ordered.LOWEST_PRECEDENCE);
		return bean;
	}
}
