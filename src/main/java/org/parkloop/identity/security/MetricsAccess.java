package org.parkloop.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The metrics may be read by an ADMIN user or by whoever presents the configured metrics token as a Bearer token. */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte[] token;

	MetricsAccess(String token) {
		this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String header = context.getRequest().getHeader("Authorization");
		if (token != null && header != null && header.startsWith("Bearer ")) {
			byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
			return new AuthorizationDecision(MessageDigest.isEqual(token, given));
		}
		Authentication who = authentication.get();
		return new AuthorizationDecision(who != null && who.isAuthenticated()
				&& who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())));
	}
}
