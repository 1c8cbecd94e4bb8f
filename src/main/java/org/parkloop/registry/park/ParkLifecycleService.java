package org.parkloop.registry.park;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.parkloop.platform.Audit;
import org.parkloop.platform.Inputs;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkLifecycle;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.ParkLevel;
import org.parkloop.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated facts of a park's record (R1, R2), recorded by CITY as they happen or back-filled in date order: a change
 * of level, a merger into another park, a revocation. Each is refused with the reason when the park's record does
 * not allow it on that date.
 */
@Service
class ParkLifecycleService {

	/** {@code POST /api/v1/parks/{code}/level-changes}. */
	record LevelChange(LocalDate date, @Size(max = 20) String level, @Size(max = 2000) String comment) {
	}

	/** {@code POST /api/v1/parks/{code}/merger}. */
	record Merger(@Size(max = 64) String into, LocalDate date, @Size(max = 2000) String comment) {
	}

	/** {@code POST /api/v1/parks/{code}/revocation}. */
	record Revocation(LocalDate date, @Size(max = 2000) String comment) {
	}

	private final ParkRepository parks;
	private final ParkAccess access;
	private final Audit audit;
	private final Clock clock;

	private final org.parkloop.platform.CurrentCaller callers;

	ParkLifecycleService(ParkRepository parks, ParkAccess access, Audit audit, Clock clock, org.parkloop.platform.CurrentCaller callers) {
		this.callers = callers;
		this.parks = parks;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ParkView changeLevel(String code, LevelChange c, ExpectedVersion expected) {
		access.checkCity();
		parks.claim(code, expected);
		ParkView park = get(code);
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(c));
		date(problems, c.date());
		ParkLevel level = null;
		if (c.level() == null || c.level().isBlank()) {
			problems.add(new FieldProblem("level", "validation.required"));
		}
		else {
			level = ParkLevel.parse(c.level()).orElse(null);
			if (level == null) {
				problems.add(new FieldProblem("level", "park.level.unknown", c.level()));
			}
		}
		refuseProblems(problems);
		ParkLifecycle life = park.lifecycle();
		existing(park, c.date());
		if (!life.levelChanges().isEmpty()
				&& !c.date().isAfter(life.levelChanges().get(life.levelChanges().size() - 1).date())) {
			throw refused("date", "park.level.notAfterLast", "R1",
					life.levelChanges().get(life.levelChanges().size() - 1).date());
		}
		if (life.levelOn(c.date()) == level) {
			throw refused("level", "park.level.same", "R1", level, c.date());
		}
		parks.addLevelChange(code, c.date(), level, comment(c.comment()), by());
		audit.record("LEVEL_CHANGE", "park", code, c.date() + ": " + life.levelOn(c.date()) + " → " + level
				+ (c.comment() == null ? "" : " (" + c.comment().trim() + ")"));
		return get(code);
	}

	@Transactional
	ParkView merge(String code, Merger c, ExpectedVersion expected) {
		access.checkCity();
		parks.claim(code, expected);
		ParkView park = get(code);
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(c));
		date(problems, c.date());
		String into = c.into() == null || c.into().isBlank() ? null : c.into().trim();
		ParkView target = null;
		if (into == null) {
			problems.add(new FieldProblem("into", "validation.required"));
		}
		else if (into.equals(code)) {
			problems.add(new FieldProblem("into", "park.merged.self"));
		}
		else {
			target = parks.find(into).orElse(null);
			if (target == null) {
				problems.add(new FieldProblem("into", "park.merged.unknown", into));
			}
		}
		refuseProblems(problems);
		if (park.merged()) {
			throw refused("into", "park.merged.already", "R2", park.mergedInto());
		}
		existing(park, c.date());
		if (!target.existsOn(c.date())) {
			throw refused("into", "park.merged.targetMissing", "R2", target.nameZh(), c.date());
		}
		Set<String> seen = new HashSet<>();
		for (ParkView at = target; at != null && seen.add(at.code()); at = at.mergedInto() == null ? null
				: parks.find(at.mergedInto()).orElse(null)) {
			if (at.code().equals(code)) {
				throw refused("into", "park.merged.cycle", "R2", into);
			}
		}
		parks.setMergedInto(code, into, c.date());
		audit.record("MERGE", "park", code, c.date() + ": → " + into + (c.comment() == null ? "" : " (" + c.comment().trim() + ")"));
		return get(code);
	}

	@Transactional
	ParkView revoke(String code, Revocation c, ExpectedVersion expected) {
		access.checkCity();
		parks.claim(code, expected);
		ParkView park = get(code);
		List<FieldProblem> problems = new ArrayList<>(Inputs.problems(c));
		date(problems, c.date());
		refuseProblems(problems);
		if (park.lifecycle().revoked()) {
			throw refused("date", "park.revoked.already", "R1", park.lifecycle().revokedOn());
		}
		LocalDate established = park.lifecycle().establishedOn();
		if (established != null && !c.date().isAfter(established)) {
			throw refused("date", "park.date.beforeEstablished", "R1", established);
		}
		parks.revoke(code, c.date());
		audit.record("REVOKE", "park", code, c.date() + (c.comment() == null ? "" : " (" + c.comment().trim() + ")"));
		return get(code);
	}

	/** The park existed on the date: not before its establishment, not on or after its revocation. */
	private static void existing(ParkView park, LocalDate date) {
		ParkLifecycle life = park.lifecycle();
		if (life.establishedOn() != null && date.isBefore(life.establishedOn())) {
			throw refused("date", "park.date.beforeEstablished", "R1", life.establishedOn());
		}
		if (life.revokedOn() != null && !date.isBefore(life.revokedOn())) {
			throw refused("date", "park.revoked", "R1", life.revokedOn());
		}
	}

	private void date(List<FieldProblem> problems, LocalDate date) {
		if (date == null) {
			problems.add(new FieldProblem("date", "validation.required"));
		}
		else if (date.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "park.date.future", date));
		}
	}

	private static void refuseProblems(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(org.parkloop.platform.Forms.firstPerField(problems));
		}
	}

	private static Refused refused(String field, String rule, String ref, Object... args) {
		return new Refused(field, List.of(Refused.Reason.of(rule, ref, args)));
	}

	private static String comment(String comment) {
		return comment == null || comment.isBlank() ? null : comment.trim();
	}

	private String by() {
		return callers.get().username();
	}

	private ParkView get(String code) {
		return parks.find(code).orElseThrow(() -> new NotFound("park.notFound", code));
	}
}
