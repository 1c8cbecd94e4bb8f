package org.parkloop.funds.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * R19's eligibility of a subsidy application for a park's key project, point by point, each passing or failing with
 * its reason: the park holds a provincial-or-higher demonstration designation on the application date; the project
 * is listed in the plan in force that day (a project of an earlier revision, since removed, is not); its category is one the programme supports (R19's three by default);
 * progress evidence exists (a progress report by that day); the amount stays within the programme's cap, a share
 * of the project's planned investment (compared exactly, in 元).
 */
public final class Eligibility {

	private Eligibility() {
	}

	public enum Point {
		DESIGNATION, LISTED, CATEGORY, EVIDENCE, CAP, PILOT
	}

	/** What the point is about when it fails or passes: a message key and its arguments. */
	public record Check(Point point, boolean passed, String messageKey, Object... args) {
	}

	/** The project as of the application date (as its latest plan revision lists it), or null when no plan of the park does. */
	public record Project(String name, String category, BigDecimal investment, int progressReports) {
	}

	/**
	 * @param designation the park's designation on the date (NONE, PROVINCIAL_DEMO, NATIONAL_DEMO)
	 * @param planRevision the revision of the plan in force that day, or null without one
	 * @param listed whether that revision lists the project
	 */
	public record Facts(LocalDate date, String designation, Integer planRevision, long projectId, boolean listed,
			Project project, Set<String> categories, BigDecimal capShare, BigDecimal amount) {
	}

	static final Set<String> DEMONSTRATION = Set.of("PROVINCIAL_DEMO", "NATIONAL_DEMO");

	public static List<Check> check(Facts f) {
		Project p = f.project();
		Check designation = DEMONSTRATION.contains(f.designation())
				? new Check(Point.DESIGNATION, true, "funds.point.designation.ok", f.date())
				: new Check(Point.DESIGNATION, false, "funds.point.designation", f.date());
		Check listed = f.listed() ? new Check(Point.LISTED, true, "funds.point.listed.ok", p.name(), f.planRevision())
				: f.planRevision() == null ? new Check(Point.LISTED, false, "funds.point.noPlan", f.date())
						: new Check(Point.LISTED, false, "funds.point.listed", f.projectId(), f.planRevision(), f.date());
		Check category = p == null ? new Check(Point.CATEGORY, false, "funds.point.category.unknown")
				: f.categories().contains(p.category())
						? new Check(Point.CATEGORY, true, "funds.point.category.ok", p.category())
						: new Check(Point.CATEGORY, false, "funds.point.category", p.category());
		Check evidence = p == null ? new Check(Point.EVIDENCE, false, "funds.point.evidence.unknown")
				: p.progressReports() > 0 ? new Check(Point.EVIDENCE, true, "funds.point.evidence.ok", p.progressReports())
						: new Check(Point.EVIDENCE, false, "funds.point.evidence", f.date());
		Check cap;
		if (p == null) {
			cap = new Check(Point.CAP, false, "funds.point.cap.unknown");
		}
		else {
			BigDecimal limit = p.investment().multiply(f.capShare()).setScale(2, RoundingMode.DOWN);
			String percent = f.capShare().movePointRight(2).stripTrailingZeros().toPlainString();
			cap = f.amount().compareTo(limit) <= 0
					? new Check(Point.CAP, true, "funds.point.cap.ok", f.amount().toPlainString(), limit.toPlainString(), percent)
					: new Check(Point.CAP, false, "funds.point.cap", f.amount().toPlainString(), limit.toPlainString(),
							p.investment().toPlainString(), percent);
		}
		return List.of(designation, listed, category, evidence, cap);
	}

	/**
	 * A pilot enterprise applying for itself: it is a pilot on the date (designated by then, not revoked), and its
	 * park holds a provincial-or-higher designation that day. No project, so no listing, category, evidence or cap.
	 */
	public static List<Check> checkPilot(LocalDate date, String designation, LocalDate designatedOn, LocalDate revokedOn) {
		boolean pilot = designatedOn != null && !designatedOn.isAfter(date) && (revokedOn == null || revokedOn.isAfter(date));
		return List.of(DEMONSTRATION.contains(designation)
				? new Check(Point.DESIGNATION, true, "funds.point.designation.ok", date)
				: new Check(Point.DESIGNATION, false, "funds.point.designation", date),
				pilot ? new Check(Point.PILOT, true, "funds.point.pilot.ok", designatedOn)
						: new Check(Point.PILOT, false, "funds.point.pilot", date));
	}
}
