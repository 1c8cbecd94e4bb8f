package org.parkloop.transformation.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.Audit;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.registry.ParkAccess;
import org.parkloop.registry.ParkView;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.transformation.engine.PlanDiff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of a park's plan (R14): a returned plan is revised as a new revision (the returned one is then
 * superseded); an approved plan is amended the same way and stays in force until CITY approves the amendment.
 * Projects and milestones keep their ids; earlier revisions stay readable, with the difference of their targets and
 * projects.
 */
@Service
@Transactional
class PlanRevisions {

	record Summary(long id, int revision, Plan.Status status, Plan.Route route, java.time.LocalDate submittedOn,
			java.time.LocalDate decidedOn, String documentNumber) {
	}

	record Diff(long fromId, int fromRevision, long toId, int toRevision, List<PlanDiff.ItemChange> targets,
			List<PlanDiff.ItemChange> projects, List<PlanDiff.ItemChange> milestones) {
	}

	private final PlanStore store;
	private final Plans plans;
	private final PlanAccess planAccess;
	private final ParkAccess access;
	private final CurrentCaller callers;
	private final Audit audit;

	PlanRevisions(PlanStore store, Plans plans, PlanAccess planAccess, ParkAccess access, CurrentCaller callers,
			Audit audit) {
		this.store = store;
		this.plans = plans;
		this.planAccess = planAccess;
		this.access = access;
		this.callers = callers;
		this.audit = audit;
	}

	Plan revise(long id) {
		Plan p = store.find(id, true).orElseThrow(() -> new NotFound("plan.notFound", id));
		planAccess.checkDraft(p.parkCode());
		if (p.status() != Plan.Status.RETURNED && p.status() != Plan.Status.APPROVED) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.notRevisable", "R14", p.status())));
		}
		List<Plan> all = store.ofPark(p.parkCode());
		all.stream().filter(Plan::open).filter(x -> x.id() != id).findFirst().ifPresent(x -> {
			throw new Refused(null, List.of(Refused.Reason.of("plan.open", "R14", x.id(), x.revision())));
		});
		if (p.status() == Plan.Status.RETURNED) {
			store.status(id, Plan.Status.SUPERSEDED);
		}
		int revision = all.stream().mapToInt(Plan::revision).max().orElse(0) + 1;
		Plan next = new Plan(0, p.parkCode(), revision, Plan.Status.DRAFT, p.consultancyCreditCode(), p.route(),
				p.baseYear(), p.startYear(), p.endYear(), p.modelId(), p.sections(), p.targets(), p.projects(), null, null,
				id, List.of(), 0);
		long newId = store.insert(next, callers.get().username());
		audit.record("REVISE", "plan", String.valueOf(newId), p.parkCode() + " r" + revision + " of r" + p.revision());
		return plans.get(newId);
	}

	/** The park's plans, latest revision first, for those who read the park as an office. */
	@Transactional(readOnly = true)
	List<Summary> ofPark(String parkCode) {
		ParkView park = access.checkReadAsOffice(parkCode);
		return store.ofPark(park.code()).stream().map(p -> new Summary(p.id(), p.revision(), p.status(), p.route(),
				p.submittedOn(), p.review().decidedOn(), p.review().documentNumber())).toList();
	}

	/** What changed from {@code against} (by default the revision this one was made from) to the plan. */
	@Transactional(readOnly = true)
	Diff diff(long id, Long against) {
		Plan to = plans.get(id);
		Long fromId = against != null ? against : to.amends();
		if (fromId == null) {
			throw new Refused(null, List.of(Refused.Reason.of("plan.noEarlierRevision", "R14")));
		}
		Plan from = plans.get(fromId);
		if (!from.parkCode().equals(to.parkCode())) {
			throw new NotFound("plan.notFound", fromId);
		}
		return new Diff(from.id(), from.revision(), to.id(), to.revision(),
				PlanDiff.between(targets(from), targets(to)), PlanDiff.between(projects(from), projects(to)),
				PlanDiff.between(milestones(from), milestones(to)));
	}

	private static List<PlanDiff.Item> targets(Plan p) {
		return p.targets().stream().map(t -> new PlanDiff.Item(t.code(), t.code(),
				fields("baseline", t.baseline(), "target", t.target()))).toList();
	}

	private static List<PlanDiff.Item> projects(Plan p) {
		return p.projects().stream().map(x -> new PlanDiff.Item(String.valueOf(x.id()), x.name(),
				fields("name", x.name(), "category", x.category().name(), "kind", x.kind(), "ownerCreditCode",
						x.ownerCreditCode(), "investment", x.investment(), "investmentByYear", x.investmentByYear(),
						"effects", x.effects())))
			.toList();
	}

	private static List<PlanDiff.Item> milestones(Plan p) {
		List<PlanDiff.Item> items = new ArrayList<>();
		p.projects().forEach(x -> x.milestones().forEach(m -> items.add(new PlanDiff.Item(String.valueOf(m.id()),
				x.name() + " / " + m.name(), fields("project", x.id(), "name", m.name(), "plannedDate", m.plannedDate())))));
		return items;
	}

	private static Map<String, Object> fields(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
