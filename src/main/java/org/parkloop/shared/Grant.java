package org.parkloop.shared;

import java.io.Serializable;

/** A role held by a user, bound to its scope (a county-level unit, a park code, a credit code) where it has one. */
public record Grant(Role role, String scope) implements Serializable {

	@Override
	public String toString() {
		return scope == null ? role.name() : role.name() + ":" + scope;
	}

	/** Reads "PARK:wz-etdz" or "CITY". */
	public static Grant parse(String text) {
		int colon = text.indexOf(':');
		return colon < 0 ? new Grant(Role.valueOf(text.trim()), null)
				: new Grant(Role.valueOf(text.substring(0, colon).trim()), text.substring(colon + 1).trim());
	}
}
