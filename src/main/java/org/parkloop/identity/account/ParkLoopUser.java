package org.parkloop.identity.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.parkloop.platform.CallerPrincipal;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user: its grants become both Spring authorities ({@code ROLE_PARK}) and the {@link Caller}. */
public final class ParkLoopUser implements UserDetails, CredentialsContainer, CallerPrincipal {

	private final String username;
	private String passwordHash;
	private final String displayName;
	private final boolean enabled;
	private final Instant lockedUntil;
	private final Set<Grant> grants;
	private final boolean mustChangePassword;

	ParkLoopUser(String username, String passwordHash, String displayName, boolean enabled, Instant lockedUntil,
			Set<Grant> grants, boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.grants = Set.copyOf(grants);
	}

	@Override
	public Caller caller() {
		return new Caller(username, grants);
	}

	/** An administrator reset the password: the user changes it before anything else. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public Set<Grant> grants() {
		return grants;
	}

	public String displayName() {
		return displayName == null ? username : displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return grants.stream().map(g -> g.role().name()).distinct()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ParkLoopUser u && u.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return username + List.copyOf(grants);
	}
}
