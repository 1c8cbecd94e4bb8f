package org.parkloop.transformation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parkloop.platform.DemoMode;
import org.parkloop.registry.ConsultancyRegistry;
import org.parkloop.registry.EnterpriseRegistry;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional approved plans of two demo parks, dated as the demo history (R14, R19): the development zone's three key
 * projects all on schedule, Ouhai's with a milestone missed, so that one may apply for acceptance and the other is
 * told why not. Entered as history, the way the city would enter plans approved before the platform: the case's
 * steps are the demo history's, the targets stay the ones the city entered.
 */
@Component
@Order(37)
class DemoPlans implements ApplicationRunner {

	private record Demo(String park, LocalDate submitted, LocalDate approved, String number, boolean late) {
	}

	private static final List<Demo> PLANS = List.of(
			new Demo("wz-etdz", LocalDate.of(2014, 9, 30), LocalDate.of(2014, 12, 20), "温发改环资〔2014〕126号", false),
			new Demo("zj-ouhai-eda", LocalDate.of(2015, 11, 10), LocalDate.of(2016, 4, 22), "温发改环资〔2016〕41号", true));

	private final DemoMode demo;
	private final PlanStore store;
	private final EnterpriseRegistry enterprises;
	private final ConsultancyRegistry consultancies;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	DemoPlans(DemoMode demo, PlanStore store, EnterpriseRegistry enterprises, ConsultancyRegistry consultancies,
			JdbcClient jdbc, TransactionTemplate tx) {
		this.demo = demo;
		this.store = store;
		this.enterprises = enterprises;
		this.consultancies = consultancies;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || jdbc.sql("select count(*) from plan").query(Integer.class).single() > 0
				|| consultancies.all().isEmpty()) {
			return;
		}
		String consultancy = consultancies.all().get(0).creditCode();
		tx.executeWithoutResult(s -> PLANS.forEach(d -> plan(d, consultancy)));
	}

	private void plan(Demo d, String consultancy) {
		List<EnterpriseRegistry.Listed> owners = enterprises.in(d.park());
		if (owners.size() < 3) {
			return;
		}
		int y = d.approved().getYear();
		List<Plan.Project> projects = List.of(
				project("园区污水集中处理及中水回用", Plan.Category.PUBLIC_SERVICE, Plan.Kind.POLLUTION_CONTROL, owners.get(0).creditCode(), "86000000",
						List.of(milestone("一期开工", y, 6), milestone("一期投运", y + 1, 10))),
				project("废旧塑料再生造粒补链项目", Plan.Category.CHAIN_LINKING, Plan.Kind.MATERIAL_RECYCLING, owners.get(1).creditCode(), "32000000",
						List.of(milestone("环评批复", y, 9), milestone("设备安装", y + 1, 3), milestone("投产", y + 1, 12))),
				project("屋顶分布式光伏", Plan.Category.NEW_ENERGY, Plan.Kind.DISTRIBUTED_PV, owners.get(2).creditCode(), "18500000",
						List.of(milestone("并网一期", y + 1, 6))));
		Plan plan = new Plan(0, d.park(), 1, Plan.Status.DRAFT, consultancy, Plan.Route.CITY, 2013, 2014, 2017, null,
				Map.of("tasks", "（示例）推进园区能源梯级利用、废物交换利用与公共服务设施共享。"), List.of(), projects, null, null, null,
				List.of(), 0);
		long id = store.insert(plan, "demo");
		store.submit(id, 0, d.submitted());
		store.conclude(id, "（示例）专家组同意通过。");
		store.decide(id, Plan.Status.APPROVED, "CITY", d.approved(), d.number(), null);
		jdbc.sql("insert into park_engagement (park_code, consultancy_credit_code, engaged_on, engaged_by) values (?, ?, ?, 'demo')")
			.params(d.park(), consultancy, d.submitted().minusMonths(5)).update();
		// every milestone reached a few days before it was due, but for one of Ouhai's
		Plan stored = store.find(id, false).orElseThrow();
		for (Plan.Project p : stored.projects()) {
			for (Plan.Milestone m : p.milestones()) {
				if (d.late() && m.name().equals("设备安装")) {
					continue;
				}
				long progress = jdbc.sql("""
						insert into project_progress (park_code, project_id, reported_on, percent_complete, reported_by)
						values (?, ?, ?, ?, 'demo') returning id""")
					.params(d.park(), p.id(), m.plannedDate(), new BigDecimal(m == p.milestones().get(p.milestones().size() - 1) ? 100 : 50))
					.query(Long.class).single();
				jdbc.sql("insert into milestone_reached (milestone_id, project_id, reached_on, progress_id) values (?, ?, ?, ?)")
					.params(m.id(), p.id(), m.plannedDate().minusDays(5), progress).update();
			}
		}
	}

	private static Plan.Project project(String name, Plan.Category category, Plan.Kind kind, String owner, String yuan,
			List<Plan.Milestone> milestones) {
		return new Plan.Project(0, name, category, kind.name(), owner, new BigDecimal(yuan), Map.of(), Plan.Effects.NONE, milestones);
	}

	private static Plan.Milestone milestone(String name, int year, int month) {
		return new Plan.Milestone(0, name, LocalDate.of(year, month, 28));
	}
}
