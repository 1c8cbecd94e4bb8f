package org.parkloop.transformation.status;

import java.time.LocalDate;

import org.parkloop.platform.DemoMode;
import org.parkloop.registry.ParkCatalog;
import org.springframework.transaction.annotation.Transactional;
import org.parkloop.shared.Designation;
import org.parkloop.shared.TransformationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.parkloop.shared.TransformationStatus.ACCEPTED;
import static org.parkloop.shared.TransformationStatus.IMPLEMENTING;
import static org.parkloop.shared.TransformationStatus.PLAN_COMPILING;
import static org.parkloop.shared.TransformationStatus.PLAN_UNDER_REVIEW;

/**
 * A fictional 2014-2018 history for some of the Wenzhou parks, so that a demo's dashboard has something to show. Every
 * transition says in its note that it is invented; it is never loaded outside a demo.
 */
@Component
@Order(30)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
	private static final String NOTE = "示例：虚构的进度，仅供演示 (fictional, for the demo only)";
	private static final String WHO = "demo";

	private final StatusService statuses;
	private final TransitionRepository transitions;
	private final DemoMode demo;
	private final ParkCatalog parks;

	DemoHistory(StatusService statuses, TransitionRepository transitions, DemoMode demo, ParkCatalog parks) {
		this.parks = parks;
		this.statuses = statuses;
		this.transitions = transitions;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || transitions.anyExist() || parks.all().size() < 11 || parks.find("wz-etdz").isEmpty()) {
			return;
		}
		move("wz-etdz", "2014-04-15", PLAN_COMPILING, null);
		move("wz-etdz", "2014-09-30", PLAN_UNDER_REVIEW, null);
		move("wz-etdz", "2014-12-20", IMPLEMENTING, null);
		move("wz-etdz", "2015-10-28", null, Designation.PROVINCIAL_DEMO);
		move("zj-yueqing-eda", "2014-05-10", PLAN_COMPILING, null);
		move("zj-yueqing-eda", "2014-11-05", PLAN_UNDER_REVIEW, null);
		move("zj-yueqing-eda", "2015-03-18", IMPLEMENTING, null);
		move("zj-yueqing-eda", "2017-06-30", ACCEPTED, null);
		move("zj-ruian-eda", "2014-08-01", PLAN_COMPILING, null);
		move("zj-ruian-eda", "2015-05-20", PLAN_UNDER_REVIEW, null);
		move("zj-ruian-eda", "2015-09-15", IMPLEMENTING, null);
		move("zj-ouhai-eda", "2015-02-01", PLAN_COMPILING, null);
		move("zj-ouhai-eda", "2015-11-10", PLAN_UNDER_REVIEW, null);
		move("zj-ouhai-eda", "2016-04-22", IMPLEMENTING, null);
		move("wz-hitech", "2015-06-01", PLAN_COMPILING, null);
		move("wz-hitech", "2016-03-15", PLAN_UNDER_REVIEW, null);
		move("wz-hitech", "2016-08-30", IMPLEMENTING, null);
		move("wz-hitech", "2017-11-20", null, Designation.PROVINCIAL_DEMO);
		move("zj-wz-lucheng-light", "2016-01-10", PLAN_COMPILING, null);
		move("zj-wz-lucheng-light", "2016-10-12", PLAN_UNDER_REVIEW, null);
		move("zj-wz-lucheng-light", "2017-05-08", IMPLEMENTING, null);
		move("zj-yongjia-ip", "2016-03-01", PLAN_COMPILING, null);
		move("zj-yongjia-ip", "2017-02-14", PLAN_UNDER_REVIEW, null);
		move("zj-yongjia-ip", "2017-09-26", IMPLEMENTING, null);
		move("zj-pingyang-eda", "2016-09-01", PLAN_COMPILING, null);
		move("zj-pingyang-eda", "2018-03-30", PLAN_UNDER_REVIEW, null);
		move("zj-cangnan-ip", "2017-04-01", PLAN_COMPILING, null);
		log.info("Loaded the fictional demo history of the parks' transformation");
	}

	private void move(String park, String date, TransformationStatus status, Designation designation) {
		statuses.append(park, new TransitionCommand(status, designation, LocalDate.parse(date), NOTE), WHO);
	}
}
