package org.parkloop.indicators.engine;

/** Whether an indicator improves by going up (a rate, a productivity) or down (an intensity, an emission). */
public enum Direction {
	HIGHER_IS_BETTER, LOWER_IS_BETTER
}
