package org.parkloop.materialflow.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a model's references before anything is computed, naming every offending id. */
final class Validation {

	private Validation() {
	}

	static void check(Model model) {
		Set<String> processes = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		model.processes().forEach(p -> {
			if (p == null || !processes.add(p)) {
				duplicates.add(String.valueOf(p));
			}
		});
		Set<String> flows = new HashSet<>();
		model.flows().forEach(f -> {
			if (f.id() == null || !flows.add(f.id())) {
				duplicates.add(String.valueOf(f.id()));
			}
		});
		fail("mfa.duplicateId", duplicates);
		List<String> unknownProcess = new ArrayList<>();
		List<String> badSigma = new ArrayList<>();
		for (Model.Flow f : model.flows()) {
			if ((f.from() != null && !processes.contains(f.from())) || (f.to() != null && !processes.contains(f.to()))
					|| (f.from() == null && f.to() == null)) {
				unknownProcess.add(f.id());
			}
			if (f.sigma() != null && (f.sigma() < 0 || f.sigma().isNaN()) || (f.value() != null && f.value().isNaN())) {
				badSigma.add(f.id());
			}
		}
		Set<String> stocked = new HashSet<>();
		for (Model.StockChange s : model.stocks()) {
			if (!processes.contains(s.process()) || !stocked.add(s.process())) {
				unknownProcess.add(s.process());
			}
			if (s.sigma() != null && s.sigma() < 0) {
				badSigma.add(s.process());
			}
		}
		fail("mfa.unknownProcess", unknownProcess);
		fail("mfa.badSigma", badSigma);
		List<String> unknownFlows = new ArrayList<>();
		for (Model.Relation r : model.relations()) {
			for (Model.Term t : r.terms()) {
				if (!flows.contains(t.flow())) {
					unknownFlows.add(t.flow());
				}
			}
		}
		fail("mfa.unknownFlow", unknownFlows);
	}

	private static void fail(String reason, List<String> ids) {
		if (!ids.isEmpty()) {
			throw new ModelException(reason, ids);
		}
	}
}
