package org.parkloop.platform;

import org.parkloop.shared.Caller;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
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
}
