package org.parkloop.programme.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.GoalKind;
import org.parkloop.shared.Designation;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.TransformationStatus;

/** JSON shapes of goal sets. */
final class GoalJson {

	private GoalJson() {
	}

	record SetJson(long id, String nameZh, String nameEn, String description, List<GoalItem> goals, long version)
			implements org.parkloop.shared.Versioned {

		static SetJson of(GoalSet set, GoalDescriptions descriptions, Locale locale) {
			return new SetJson(set.id(), set.nameZh(), set.nameEn(), set.description(),
					set.goals().stream().map(g -> GoalItem.of(g, descriptions.describe(g, locale))).toList(),
					set.version());
		}
	}

	record GoalItem(long id, GoalKind kind, LocalDate deadline, ParkLevel level, TransformationStatus minStatus,
			BigDecimal percent, Designation designation, Integer minCount, Integer maxCount, Integer batch,
			String labelZh, String labelEn, String description) {

		static GoalItem of(Goal g, String description) {
			return new GoalItem(g.id(), g.kind(), g.deadline(), g.level(), g.minStatus(), g.percent(), g.designation(),
					g.minCount(), g.maxCount(), g.batch(), g.labelZh(), g.labelEn(), description);
		}
	}
}
