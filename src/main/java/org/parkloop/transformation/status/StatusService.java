package org.parkloop.transformation.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parkloop.platform.Audit;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkCatalog;
import org.parkloop.registry.ParkStanding;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.NotFound;
import org.parkloop.transformation.ParkStatusChanged;
import org.parkloop.transformation.ParkStatuses;
import org.parkloop.transformation.StatusChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StatusService implements ParkStatuses {

	private final TransitionRepository transitions;
	private final ParkCatalog parks;
	private final ParkAccess access;
	private final Audit audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LocalDate goLive;

	StatusService(TransitionRepository transitions, ParkCatalog parks, ParkAccess access, Audit audit,
			ApplicationEventPublisher events, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${parkloop.transformation.go-live:2026-12-01}") LocalDate goLive) {
		this.goLive = goLive;
		this.transitions = transitions;
		this.parks = parks;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The park's standing on a date, for a caller who may see the park. */
	ParkStanding visibleStandingOf(String parkCode, LocalDate date) {
		access.checkRead(parkCode);
		return standingOf(parkCode, date);
	}

	@Override
	public Map<String, ParkStanding> standingsAsOf(LocalDate date) {
		return standingsOn(List.of(date)).get(date);
	}

	@Override
	public Map<LocalDate, Map<String, ParkStanding>> standingsOn(Collection<LocalDate> dates) {
		Map<String, List<StatusChange>> all = transitions.all();
		Map<String, ParkView> byCode = parks.all().stream().collect(Collectors.toMap(ParkView::code, Function.identity()));
		Map<LocalDate, Map<String, ParkStanding>> result = new HashMap<>();
		for (LocalDate date : dates) {
			Map<String, ParkStanding> onDate = new HashMap<>();
			byCode.keySet().forEach(code -> onDate.put(code, standing(code, date, byCode, all)));
			result.put(date, onDate);
		}
		return result;
	}

	@Override
	public ParkStanding standingOf(String parkCode, LocalDate date) {
		ParkStanding s = standingsAsOf(date).get(parkCode);
		if (s == null) {
			throw new NotFound("park.notFound", parkCode);
		}
		return s;
	}

	/** R2: a park merged by the date follows the park it was merged into (through any chain of merges). */
	private static ParkStanding standing(String code, LocalDate date, Map<String, ParkView> parks,
			Map<String, List<StatusChange>> all) {
		String at = code;
		Set<String> seen = new HashSet<>();
		while (parks.get(at).mergedIntoOn(date) != null && seen.add(at)
				&& parks.containsKey(parks.get(at).mergedIntoOn(date))) {
			at = parks.get(at).mergedIntoOn(date);
		}
		ParkStanding own = new ParkCase(at, all.getOrDefault(at, List.of())).standingOn(date);
		return at.equals(code) ? own : new ParkStanding(own.status(), own.designation(), own.since(), at);
	}

	@Override
	public List<StatusChange> history(String parkCode) {
		return transitions.load(park(parkCode).code()).transitions();
	}

	List<StatusChange> visibleHistory(String parkCode) {
		return transitions.load(access.checkRead(parkCode).code()).transitions();
	}

	/**
	 * A CITY user enters a transition by hand: only history dated before the go-live date; from then on the case
	 * moves by the plans' and applications' actions only (R14-R17).
	 */
	@Transactional
	StatusChange record(String parkCode, TransitionCommand command, String who) {
		access.checkCity();
		if (command.effectiveDate() != null && !command.effectiveDate().isBefore(goLive)) {
			throw new org.parkloop.shared.Refused("effectiveDate", java.util.List.of(
					org.parkloop.shared.Refused.Reason.of("transition.afterGoLive", "R14-R17", goLive)));
		}
		return append(parkCode, command, who);
	}

	/** The date from which the case moves only by actions; manual entries are history before it. */
	LocalDate goLive() {
		return goLive;
	}

	void checkNotBeforeLast(String parkCode, LocalDate date) {
		List<StatusChange> history = transitions.load(park(parkCode).code()).transitions();
		if (date != null && !history.isEmpty() && date.isBefore(history.get(history.size() - 1).effectiveDate())) {
			throw new org.parkloop.shared.Refused("date", java.util.List.of(org.parkloop.shared.Refused.Reason.of(
					"transition.beforePrevious", null, date, history.get(history.size() - 1).effectiveDate())));
		}
	}

	/** Records a transition without asking who may: for the start-up's demo history only. */
	@Transactional
	StatusChange append(String parkCode, TransitionCommand command, String who) {
		org.parkloop.platform.Inputs.check(command);
		ParkView park = park(parkCode);
		LocalDate date = command.effectiveDate();
		if (park.mergedInto() != null && (date == null || park.mergedIntoOn(date) != null)) {
			ParkView into = parks.find(park.mergedInto()).orElseThrow();
			throw new org.parkloop.shared.Refused("transition.merged", "R2", park.nameZh(), into.nameZh());
		}
		if (date != null && !park.existsOn(date)) {
			throw new org.parkloop.shared.Refused("transition.parkNotExisting", "R1", park.nameZh(), date);
		}
		ParkCase parkCase = transitions.load(parkCode);
		StatusChange change = parkCase.record(command, who, LocalDate.now(clock), clock.instant());
		transitions.append(parkCode, change);
		audit.recordAs(who, "TRANSITION", "park", parkCode, change.effectiveDate() + ": " + change.status() + ", "
				+ change.designation() + (change.note() == null ? "" : " (" + change.note() + ")"));
		events.publishEvent(
				new ParkStatusChanged(parkCode, change.status(), change.designation(), change.effectiveDate()));
		return change;
	}

	private ParkView park(String code) {
		return parks.find(code).orElseThrow(() -> new NotFound("park.notFound", code));
	}
}
