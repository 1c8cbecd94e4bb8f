package org.parkloop.programme.goals;

import java.util.Locale;

import org.parkloop.platform.Messages;
import org.parkloop.programme.engine.Goal;
import org.springframework.stereotype.Component;

/** A goal in words, in the reader's language; a goal's own label wins when it has one. */
@Component
class GoalDescriptions {

	private final Messages messages;

	GoalDescriptions(Messages messages) {
		this.messages = messages;
	}

	String describe(Goal g, Locale locale) {
		boolean en = "en".equals(locale.getLanguage());
		String label = en ? g.labelEn() : g.labelZh();
		if (label != null && !label.isBlank()) {
			return label;
		}
		return switch (g.kind()) {
			case SHARE_AT_LEAST -> messages.get(locale, "goal.describe.share", g.deadline(),
					g.level() == null ? messages.get(locale, "goal.allLevels") : messages.get(locale, "enum.ParkLevel." + g.level()),
					g.percent().toPlainString(), g.minStatus());
			case DESIGNATION_COUNT -> {
				if (g.maxCount() == null) {
					yield messages.get(locale, "goal.describe.designationMin", g.deadline(), g.minCount(), g.designation());
				}
				yield g.maxCount().equals(g.minCount())
						? messages.get(locale, "goal.describe.designationExact", g.deadline(), g.minCount(), g.designation())
						: messages.get(locale, "goal.describe.designation", g.deadline(), g.minCount(), g.maxCount(),
								g.designation());
			}
			case BATCH_AT_LEAST -> messages.get(locale, "goal.describe.batch", g.deadline(), g.batch().toString(),
					g.minStatus());
		};
	}
}
