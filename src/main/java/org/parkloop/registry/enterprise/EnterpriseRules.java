package org.parkloop.registry.enterprise;

import org.parkloop.platform.Inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.parkloop.shared.CreditCode;
import org.parkloop.shared.FieldProblem;

/** The rules an enterprise's data must follow, with the message a user reads when one is broken. */
final class EnterpriseRules {

	private EnterpriseRules() {
	}

	/**
	 * @param stored whether a code is already stored: such a code is not checked again (one stored before today's
	 *     checks is listed for correction instead, see {@link CreditCodeCorrections}), so its record stays editable
	 */
	static List<FieldProblem> check(EnterpriseCommand c, Predicate<String> parkExists, Predicate<String> industryExists,
			Predicate<String> stored) {
		List<FieldProblem> problems = new ArrayList<>();
		CreditCode.Problem codeProblem = CreditCode.check(c.creditCode());
		if (codeProblem != null && (c.creditCode() == null || !stored.test(c.creditCode()))) {
			problems.add(new FieldProblem("creditCode", codeProblem.messageKey(), c.creditCode()));
		}
		if (c.name() == null) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		if (c.parkCode() == null) {
			problems.add(new FieldProblem("parkCode", "validation.required"));
		}
		else if (!parkExists.test(c.parkCode())) {
			problems.add(new FieldProblem("parkCode", "park.notFound", c.parkCode()));
		}
		if (c.industryCode() == null) {
			problems.add(new FieldProblem("industryCode", "validation.required"));
		}
		else if (!industryExists.test(c.industryCode())) {
			problems.add(new FieldProblem("industryCode", "enterprise.industry.unknown", c.industryCode()));
		}
		if ((c.latitude() == null) != (c.longitude() == null)) {
			problems.add(new FieldProblem(c.latitude() == null ? "latitude" : "longitude", "enterprise.coordinates.pair"));
		}
		if (c.size() == null) {
			problems.add(new FieldProblem("size", "validation.required"));
		}
		else if (EnterpriseSize.parse(c.size()).isEmpty()) {
			problems.add(new FieldProblem("size", "enterprise.size.unknown", c.size()));
		}
		return Inputs.withLimits(c, problems);
	}
}
