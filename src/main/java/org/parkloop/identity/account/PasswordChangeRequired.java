package org.parkloop.identity.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password an administrator reset changes it before anything else: pages lead to the account page, the
 * API answers 403 with the reason, except for what changing the password needs.
 */
public class PasswordChangeRequired extends OncePerRequestFilter {

	private static final Set<String> ALLOWED = Set.of("/account", "/account/password", "/logout", "/login", "/error",
			"/help", "/api/v1/me", "/api/v1/me/password", "/favicon.svg", "/favicon.ico");

	private final java.util.function.BiConsumer<HttpServletRequest, HttpServletResponse> refuseApi;

	/** @param refuseApi writes the API's 403 problem detail */
	public PasswordChangeRequired(java.util.function.BiConsumer<HttpServletRequest, HttpServletResponse> refuseApi) {
		this.refuseApi = refuseApi;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean asset = path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
		if (a != null && a.getPrincipal() instanceof ParkLoopUser u && u.mustChangePassword() && !asset
				&& !ALLOWED.contains(path)) {
			if (path.startsWith("/api/")) {
				refuseApi.accept(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account?mustChange");
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
