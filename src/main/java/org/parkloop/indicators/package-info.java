/**
 * Indicators (issue 11): enterprise data reporting, the national park indicator set as data, targets and R17's 90 %
 * acceptance test. Its engine (formulas on exact decimals) is plain Java.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators", allowedDependencies = { "shared", "platform", "registry", "exchange" })
package org.parkloop.indicators;
