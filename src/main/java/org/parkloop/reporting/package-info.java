/**
 * Reporting (issue 15, R13, R16, R18): each reporting unit's annual progress report drafted from the other modules'
 * facades (it owns no one else's data), the assessment of counties and parks, exports and the public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "platform", "registry", "transformation", "indicators", "energy", "exchange", "funds" })
package org.parkloop.reporting;
