package org.parkloop.energy.boiler;

/** A park's boilers or installations changed: its figures are handed to the indicators again. */
record EnergyDataChanged(String parkCode) {
}
