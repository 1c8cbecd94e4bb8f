package org.parkloop.programme.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parkloop.programme.engine.Goal;
import org.parkloop.programme.engine.GoalEngine;
import org.parkloop.programme.engine.GoalResult;
import org.parkloop.programme.engine.ParkFact;
import org.parkloop.platform.Audit;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.FieldProblem;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.transformation.ParkStatuses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class GoalSetService {

	private final GoalSetRepository sets;
	private final ParkCatalog parks;
	private final ParkStatuses statuses;
	private final ParkAccess access;
	private final Audit audit;

	GoalSetService(GoalSetRepository sets, ParkCatalog parks, ParkStatuses statuses, ParkAccess access, Audit audit) {
		this.sets = sets;
		this.parks = parks;
		this.statuses = statuses;
		this.access = access;
		this.audit = audit;
	}

	/** Goal sets are the city's decisions (R4-R6, R18). */
	void checkCanEdit() {
		access.checkCity();
	}

	public List<GoalSet> all() {
		return sets.all();
	}

	public GoalSet get(long id) {
		return sets.find(id).orElseThrow(() -> new NotFound("goalSet.notFound", id));
	}

	@Transactional
	GoalSet create(GoalSetCommand command) {
		access.checkCity();
		GoalSet created = get(sets.insert(checked(command).toGoalSet(null)));
		audit.record("CREATE", "goal_set", created.id().toString(), created.nameZh() + ": " + created.goals().size() + " goals");
		return created;
	}

	@Transactional
	GoalSet update(long id, GoalSetCommand command, ExpectedVersion expected) {
		access.checkCity();
		get(id);
		GoalSet replacement = checked(command).toGoalSet(id);
		sets.claim(id, expected);
		GoalSet before = get(id);
		sets.update(id, replacement);
		GoalSet after = get(id);
		audit.record("UPDATE", "goal_set", Long.toString(id), before.nameZh() + " → " + after.nameZh() + "; goals: "
				+ before.goals().size() + " → " + after.goals().size());
		return after;
	}

	private static GoalSetCommand checked(GoalSetCommand command) {
		List<FieldProblem> problems = command.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return command;
	}

	/** Every goal of the set as of a date, the parks' standings read once for all the dates needed. */
	public List<GoalResult> evaluate(GoalSet set, LocalDate asOf) {
		Set<LocalDate> dates = new HashSet<>();
		for (Goal g : set.goals()) {
			dates.add(asOf.isBefore(g.deadline()) ? asOf : g.deadline());
		}
		Map<LocalDate, List<ParkFact>> facts = factsOn(dates);
		List<GoalResult> results = new ArrayList<>();
		for (Goal g : set.goals()) {
			results.add(GoalEngine.evaluate(g, asOf, facts::get));
		}
		return results;
	}

	/**
	 * The parks as the goal engine sees them on each date: those that existed then (established, not yet revoked),
	 * at the level they had then, merged if they had been merged by then.
	 */
	public Map<LocalDate, List<ParkFact>> factsOn(Set<LocalDate> dates) {
		List<ParkView> all = parks.all();
		Map<LocalDate, Map<String, ParkStanding>> standings = statuses.standingsOn(dates);
		Map<LocalDate, List<ParkFact>> facts = new java.util.HashMap<>();
		standings.forEach((date, byCode) -> facts.put(date, all.stream().filter(p -> p.existsOn(date)).map(p -> {
			ParkStanding s = byCode.getOrDefault(p.code(), ParkStanding.INITIAL);
			return new ParkFact(p.code(), p.seq(), p.levelOn(date), p.targetBatch(), p.mergedIntoOn(date), s.status(),
					s.designation());
		}).toList()));
		return facts;
	}
}
