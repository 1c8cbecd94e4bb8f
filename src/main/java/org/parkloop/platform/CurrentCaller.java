package org.parkloop.platform;

import org.parkloop.shared.Caller;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller of the current request: a signed-in user with roles and scopes, or the public. */
@Component
public class CurrentCaller {

	public Caller get() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		if (a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated()) {
			return Caller.PUBLIC;
		}
		if (a.getPrincipal() instanceof CallerPrincipal p) {
			return p.caller();
		}
		return new Caller(a.getName(), java.util.Set.of());
	}

	/**
	 * Does work on this thread as the given caller, through the same services and checks as a request of that
	 * caller would (demo data, scheduled jobs), then restores the caller before.
	 */
	public static <T> T as(Caller caller, java.util.function.Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext acting = SecurityContextHolder.createEmptyContext();
		CallerPrincipal principal = () -> caller;
		acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				caller.grants().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role())).toList()));
		SecurityContextHolder.setContext(acting);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
