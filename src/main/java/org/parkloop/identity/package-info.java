/**
 * Identity: users, their roles bound to scopes, sign-in with lockout, API tokens, enterprise self-registration, and
 * the audit trail's pages. Scope itself is enforced by each module through the caller it is given
 * ({@link org.parkloop.platform.CurrentCaller}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "platform", "registry" })
package org.parkloop.identity;
