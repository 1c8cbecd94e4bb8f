package org.parkloop.shared;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is making a request, with the roles and scopes that decide what they may see and change. */
public record Caller(String username, Set<Grant> grants) implements Serializable {

	/** An anonymous member of the public. */
	public static final Caller PUBLIC = new Caller(null, Set.of());

	public Caller {
		grants = Set.copyOf(grants);
	}

	public boolean isPublic() {
		return username == null;
	}

	public boolean has(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	/** The scopes of one role (park codes for PARK, units for COUNTY, ...). */
	public Set<String> scopes(Role role) {
		return grants.stream().filter(g -> g.role() == role && g.scope() != null).map(Grant::scope)
			.collect(Collectors.toUnmodifiableSet());
	}
}
