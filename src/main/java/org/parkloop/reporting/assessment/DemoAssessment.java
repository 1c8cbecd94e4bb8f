package org.parkloop.reporting.assessment;

import java.math.BigDecimal;
import java.util.Set;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.DemoMode;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's published assessment of 2016 (R18): the default scheme run on the demo's data, the city's own criterion
 * scored alike for every unit, published. Never loaded outside a demo.
 */
@Component
@Order(60)
class DemoAssessment implements ApplicationRunner {

	private final DemoMode demo;
	private final Assessments assessments;
	private final AssessmentStore store;
	private final TransactionTemplate tx;

	DemoAssessment(DemoMode demo, Assessments assessments, AssessmentStore store, TransactionTemplate tx) {
		this.demo = demo;
		this.assessments = assessments;
		this.store = store;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || !store.ids(null, false).isEmpty()) {
			return;
		}
		Caller city = new Caller("city", Set.of(new Grant(Role.CITY, null)));
		CurrentCaller.as(city, () -> tx.execute(s -> {
			Assessment a = assessments.create(new SchemeCommands.Create("2016年度园区循环化改造工作考核（示例）", 2016, null));
			for (Scoring.UnitResult r : assessments.run(a.id()).results()) {
				assessments.enter(a.id(), r.unit(), "WORK",
						new SchemeCommands.Score(new BigDecimal("8"), "示例：组织机构健全，工作推进有序"));
			}
			return assessments.publish(a.id());
		}));
	}
}
