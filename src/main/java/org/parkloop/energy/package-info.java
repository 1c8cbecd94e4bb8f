/**
 * Energy (issue 13): coal boilers and heat networks under R10's deadlines, park layout and industry rules (R7, R8),
 * renewable installations (R12). Its engines (coordinates of Chinese web maps, the deadline rules) are plain Java.
 * It may read {@code indicators} through its facade (and takes the exchange's completed deals for the map);
 * {@code indicators} never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Energy", allowedDependencies = { "shared", "platform", "registry", "indicators", "exchange" })
package org.parkloop.energy;
