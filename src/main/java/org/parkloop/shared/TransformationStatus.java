package org.parkloop.shared;

/** Where a park stands in its circular transformation (循环化改造). Ordered: a later constant is further along. */
public enum TransformationStatus {
	/** 未启动 */
	NOT_STARTED,
	/** 方案编制中 */
	PLAN_COMPILING,
	/** 方案评审中 */
	PLAN_UNDER_REVIEW,
	/** 实施中: the plan is approved; the park "carries out circular transformation" (R4, R5). */
	IMPLEMENTING,
	/** 已验收 (R17) */
	ACCEPTED;

	public boolean isAtLeast(TransformationStatus other) {
		return compareTo(other) >= 0;
	}
}
