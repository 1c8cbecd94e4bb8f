package org.parkloop.programme.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

import static org.parkloop.shared.TransformationStatus.IMPLEMENTING;

/** The Wenzhou goal set as shipped in V5__programme.sql (R4-R6), and the eleven parks of parks.csv. */
final class WenzhouGoals {

	static final LocalDate END_2015 = LocalDate.of(2015, 12, 31);
	static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);

	static final Goal NATIONAL_50 = share(1, END_2015, ParkLevel.NATIONAL, 50);
	static final Goal PROVINCIAL_30 = share(2, END_2015, ParkLevel.PROVINCIAL, 30);
	static final Goal PROVINCIAL_DEMO_2015 = designation(3, END_2015, Designation.PROVINCIAL_DEMO, 1, 2);
	static final Goal BATCH_2015 = batch(4, END_2015, 2015);
	static final Goal ALL_70 = share(5, END_2017, null, 70);
	static final Goal PROVINCIAL_DEMO_2017 = designation(6, END_2017, Designation.PROVINCIAL_DEMO, 2, 3);
	static final Goal NATIONAL_DEMO_2017 = designation(7, END_2017, Designation.NATIONAL_DEMO, 1, 1);
	static final Goal BATCH_2017 = batch(8, END_2017, 2017);

	static final List<Goal> ALL = List.of(NATIONAL_50, PROVINCIAL_30, PROVINCIAL_DEMO_2015, BATCH_2015, ALL_70,
			PROVINCIAL_DEMO_2017, NATIONAL_DEMO_2017, BATCH_2017);

	/** code, level, batch, merged into (parks.csv). */
	static final List<ParkFact> PARKS = List.of(
			park(1, "wz-etdz", ParkLevel.NATIONAL, 2015, null),
			park(2, "zj-wz-binhai", ParkLevel.PROVINCIAL, 2015, "wz-etdz"),
			park(3, "wz-hitech", ParkLevel.NATIONAL, 2017, null),
			park(4, "zj-ouhai-eda", ParkLevel.PROVINCIAL, 2015, null),
			park(5, "zj-yueqing-eda", ParkLevel.PROVINCIAL, 2015, null),
			park(6, "zj-ruian-eda", ParkLevel.PROVINCIAL, 2015, null),
			park(7, "zj-pingyang-eda", ParkLevel.PROVINCIAL, 2017, null),
			park(8, "zj-wz-lucheng-light", ParkLevel.PROVINCIAL, 2017, null),
			park(9, "zj-yongjia-ip", ParkLevel.PROVINCIAL, 2017, null),
			park(10, "zj-yueqing-ip", ParkLevel.PROVINCIAL, null, null),
			park(11, "zj-cangnan-ip", ParkLevel.PROVINCIAL, 2017, null));

	private WenzhouGoals() {
	}

	private static Goal share(long id, LocalDate deadline, ParkLevel level, int percent) {
		return new Goal(id, GoalKind.SHARE_AT_LEAST, deadline, level, IMPLEMENTING, BigDecimal.valueOf(percent), null,
				null, null, null, null, null);
	}

	private static Goal designation(long id, LocalDate deadline, Designation d, int min, Integer max) {
		return new Goal(id, GoalKind.DESIGNATION_COUNT, deadline, null, null, null, d, min, max, null, null, null);
	}

	private static Goal batch(long id, LocalDate deadline, int batch) {
		return new Goal(id, GoalKind.BATCH_AT_LEAST, deadline, null, IMPLEMENTING, null, null, null, null, batch, null,
				null);
	}

	private static ParkFact park(int seq, String code, ParkLevel level, Integer batch, String mergedInto) {
		return new ParkFact(code, seq, level, batch, mergedInto, TransformationStatus.NOT_STARTED, Designation.NONE);
	}
}
