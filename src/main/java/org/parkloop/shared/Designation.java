package org.parkloop.shared;

/** Demonstration park designation (示范园区). Ordered: a national demonstration park outranks a provincial one. */
public enum Designation {
	NONE,
	/** 省级循环化改造示范园区 */
	PROVINCIAL_DEMO,
	/** 国家级循环化改造示范园区 */
	NATIONAL_DEMO;

	public boolean isAtLeast(Designation other) {
		return compareTo(other) >= 0;
	}
}
