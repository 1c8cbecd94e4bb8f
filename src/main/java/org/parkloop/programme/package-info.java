/**
 * Programme: the city's goals as data (R4-R6), evaluated as of any date against each park's standing, and the
 * dashboard that shows them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme", allowedDependencies = { "shared", "platform", "registry", "transformation" })
package org.parkloop.programme;
