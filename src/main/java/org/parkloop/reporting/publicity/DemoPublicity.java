package org.parkloop.reporting.publicity;

import java.time.LocalDate;
import java.util.Set;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.DemoMode;
import org.parkloop.platform.When;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's announcements (R13): the development zone's provincial designation of 2015 (its objection period long
 * over) and a subsidy announcement open for objections now, with one question from the public answered by the city.
 * Never loaded outside a demo.
 */
@Component
@Order(61)
class DemoPublicity implements ApplicationRunner {

	private final DemoMode demo;
	private final Announcements announcements;
	private final JdbcClient jdbc;
	private final When when;
	private final TransactionTemplate tx;

	DemoPublicity(DemoMode demo, Announcements announcements, JdbcClient jdbc, When when, TransactionTemplate tx) {
		this.demo = demo;
		this.announcements = announcements;
		this.jdbc = jdbc;
		this.when = when;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || jdbc.sql("select count(*) from announcement").query(Integer.class).single() > 0) {
			return;
		}
		Caller city = new Caller("city", Set.of(new Grant(Role.CITY, null)));
		CurrentCaller.as(city, () -> tx.execute(s -> {
			announcements.publish(new Announcements.Command("DESIGNATION", "关于温州经济技术开发区列为省级循环化改造示范园区的公示",
					"经园区申报、县市审核、专家评审，拟将温州经济技术开发区列为省级循环化改造示范园区。公示期内如有异议，请通过本页提出。",
					"wz-etdz", LocalDate.of(2015, 10, 10), 7));
			LocalDate today = when.today();
			announcements.publish(new Announcements.Command("SUBSIDY", "关于" + today.getYear() + "年度市级循环经济专项资金补助项目的公示（示例）",
					"拟对温州经济技术开发区废旧塑料再生造粒补链项目给予补助。公示期内如有异议，请通过本页提出。", "wz-etdz", today, 7));
			jdbc.sql("""
					insert into feedback (name, contact, text, park_code, status, answer, moderated_by, moderated_at)
					values (null, 'demo@example.com', '园区的固体废物综合利用率是怎样计算的？', 'wz-etdz', 'ANSWERED',
					        '综合利用量（含利用往年贮存量）除以产生量与往年贮存量之和，按园区内企业填报的数据汇总计算（示例答复）。', 'city', now())""")
				.update();
			return null;
		}));
	}
}
