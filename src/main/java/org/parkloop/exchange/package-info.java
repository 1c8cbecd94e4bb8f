/**
 * Waste exchange (废物交换, R9, R11, R13): offers and needs of wastes and by-products, and the allocation that makes
 * the most of them. This first part is the allocation engine and its stateless API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange", allowedDependencies = { "shared", "platform", "registry" })
package org.parkloop.exchange;
