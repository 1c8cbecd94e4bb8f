package org.parkloop.registry.consultancy;

import java.time.LocalDate;

import org.parkloop.platform.DemoMode;
import org.parkloop.shared.CreditCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three fictional consultancies in a demo: one of each grade, the 乙级 one's certificate expired; the demo's consultant
 * user works for the 甲级 one.
 */
@Component
@Order(25)
class DemoConsultancies implements ApplicationRunner {

	private final DemoMode demo;
	private final JdbcClient jdbc;

	DemoConsultancies(DemoMode demo, JdbcClient jdbc) {
		this.demo = demo;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || jdbc.sql("select count(*) from consultancy").query(Integer.class).single() > 0) {
			return;
		}
		insert(CreditCode.demo("330300", 51), "示例温州循环经济规划设计院有限公司", "A", "工咨甲示例0001", LocalDate.of(2030, 12, 31));
		insert(CreditCode.demo("330300", 52), "示例瓯江工程咨询有限公司", "B", "工咨乙示例0002", LocalDate.of(2024, 6, 30));
		insert(CreditCode.demo("330300", 53), "示例鹿城环境技术咨询有限公司", "C", "工咨丙示例0003", LocalDate.of(2029, 12, 31));
		// the demo's consultant works for the 甲级 one, which the development zone engaged
		jdbc.sql("insert into consultancy_member (username, consultancy_credit_code, linked_by) values ('consultant', ?, 'demo')")
			.param(CreditCode.demo("330300", 51)).update();
	}

	private void insert(String code, String name, String grade, String certificate, LocalDate until) {
		jdbc.sql("""
				insert into consultancy (credit_code, name, grade, certificate_number, certificate_valid_until)
				values (?, ?, ?, ?, ?)""").params(code, name, grade, certificate, until).update();
	}
}
