package org.parkloop.platform;

import org.parkloop.shared.Caller;

/** A signed-in principal that knows its roles and scopes (implemented by the identity module's users). */
public interface CallerPrincipal {

	Caller caller();
}
