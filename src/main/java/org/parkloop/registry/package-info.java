/**
 * Registry: the parks (R1, R2) and the enterprises in them. Other modules read parks through {@link
 * org.parkloop.registry.ParkCatalog}; a park's transformation standing comes from whichever module provides a
 * {@link org.parkloop.registry.ParkStandingProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = { "shared", "platform" })
package org.parkloop.registry;
