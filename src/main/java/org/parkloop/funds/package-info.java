/**
 * Funds (issue 14, R19): the city's low-carbon fund and the provincial and central programmes, subsidy applications
 * for the key projects listed in a demonstration park's approved plan, decisions, disbursements by milestone, and a
 * ledger in which every programme-year's budget is always committed + paid + free. Reads the plans through the
 * transformation module's {@code KeyProjects} and the parks' designations through the registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funds", allowedDependencies = { "shared", "platform", "registry", "transformation", "indicators" })
package org.parkloop.funds;
