package org.parkloop.materialflow.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.DemoMode;
import org.parkloop.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fictional material flow model of last year for each demo park, so that a newcomer can open one that reconciles:
 * the demo enterprises as processes, what they take in and give out across the park's boundary, what they pass to
 * each other, measured with a standard deviation, and some flows left unknown for the balances to determine. All
 * figures are made up (tonnes per year) and the models say so.
 */
@Component
@Order(50)
class DemoModels implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoModels.class);

	static final String NAME = "示例物质流模型（虚构数据）";

	private final JdbcClient jdbc;
	private final DemoMode demo;
	private final JsonMapper json;
	private final Clock clock;

	DemoModels(JdbcClient jdbc, DemoMode demo, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.demo = demo;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || jdbc.sql("select exists (select 1 from mfa_model)").query(Boolean.class).single()
				|| !jdbc.sql("select exists (select 1 from enterprise where credit_code = ?)").param(code(16, "330382"))
					.query(Boolean.class).single()) {
			return;
		}
		int year = LocalDate.now(clock).getYear() - 1;
		store("wz-etdz", year, etdz());
		store("zj-ouhai-eda", year, ouhai());
		store("zj-yueqing-eda", year, yueqing());
		log.info("Loaded a demo material flow model of {} for each demo park", year);
	}

	private void store(String park, int year, ModelDocument doc) {
		jdbc.sql("""
				insert into mfa_model (park_code, year, scenario, name, document, updated_by)
				values (?, ?, '基准', ?, cast(? as jsonb), 'demo')""")
			.params(park, year, NAME, json.writeValueAsString(doc))
			.update();
	}

	/** The demo enterprise numbered n (DemoEnterprises' order), registered in the given division. */
	static String code(int n, String division) {
		return CreditCode.demo(division, n);
	}

	/** Builds a model: processes, then flows given as (id, from, to, value or null, relative σ). */
	private static final class Builder {

		private final List<ModelDocument.ProcessJson> processes = new ArrayList<>();
		private final List<ModelDocument.FlowJson> flows = new ArrayList<>();

		Builder process(String id, String name) {
			processes.add(new ModelDocument.ProcessJson(id, name));
			return this;
		}

		Builder flow(String id, String from, String to, Double value, Double relativeSigma) {
			flows.add(new ModelDocument.FlowJson(id, from, to, value, null, value == null ? null : relativeSigma));
			return this;
		}

		ModelDocument build() {
			return new ModelDocument(processes, flows, List.of(), List.of(), List.of(), true);
		}
	}

	/** 温州经济技术开发区: power and steam, chemicals, synthetic leather, steel, pumps, recycling, sewage. */
	static ModelDocument etdz() {
		String power = code(1, "330303");
		String chemical = code(2, "330303");
		String leather = code(3, "330303");
		String steel = code(4, "330303");
		String pumps = code(5, "330303");
		String recycler = code(6, "330303");
		String sewage = code(7, "330303");
		return new Builder().process(power, "示例浙南热电").process(chemical, "示例瓯江化工").process(leather, "示例东海合成革")
			.process(steel, "示例滨海钢材加工").process(pumps, "示例龙湾泵阀").process(recycler, "示例温州再生资源")
			.process(sewage, "示例滨海污水处理")
			.flow("燃煤", null, power, 300000.0, 0.02)
			.flow("再生水补水", sewage, power, 60000.0, 0.02)
			.flow("蒸汽（供化工）", power, chemical, 18000.0, 0.03)
			.flow("粉煤灰（外售建材）", power, null, 24000.0, 0.05)
			.flow("脱硫石膏（外售）", power, null, 9600.0, 0.05)
			.flow("锅炉炉渣", power, null, 6000.0, 0.05)
			.flow("热电厂排放与其他", power, null, null, null)
			.flow("化工原料", null, chemical, 50000.0, 0.05)
			.flow("化工产品", chemical, null, 60000.0, 0.03)
			.flow("化工废渣", chemical, null, 2400.0, 0.05)
			.flow("废矿物油（委托处置）", chemical, null, 12.0, 0.05)
			.flow("化工废水", chemical, sewage, 5000.0, 0.1)
			.flow("革基布与树脂", null, leather, 9000.0, 0.05)
			.flow("合成革产品", leather, null, 8200.0, 0.05)
			.flow("PVC 边角料", leather, recycler, 120.0, 0.1)
			.flow("合成革废水", leather, sewage, 700.0, 0.1)
			.flow("钢材", null, steel, 40000.0, 0.03)
			.flow("钢制品", steel, null, 38500.0, 0.03)
			.flow("钢材边角料", steel, recycler, 600.0, 0.05)
			.flow("酸洗废液（委托处置）", steel, null, 50.0, 0.1)
			.flow("钢材加工损耗与其他", steel, null, null, null)
			.flow("铸件与钢材", null, pumps, 6000.0, 0.05)
			.flow("泵阀产品", pumps, null, 5700.0, 0.05)
			.flow("铸件废钢", pumps, recycler, 150.0, 0.1)
			.flow("再生资源（外售）", recycler, null, null, null)
			.flow("园外污水", null, sewage, 115000.0, 0.1)
			.flow("达标排放", sewage, null, null, null)
			.flow("脱水污泥", sewage, null, 4800.0, 0.1)
			.build();
	}

	/** 浙江瓯海经济开发区: shoes, garments, glasses, vehicle parts. */
	static ModelDocument ouhai() {
		String shoes = code(8, "330304");
		String garments = code(9, "330304");
		String glasses = code(10, "330304");
		String parts = code(11, "330304");
		return new Builder().process(shoes, "示例瓯海鞋业").process(garments, "示例梧田服饰").process(glasses, "示例瓯海眼镜")
			.process(parts, "示例娄桥汽摩配件")
			.flow("皮革与橡胶", null, shoes, 5000.0, 0.05)
			.flow("鞋类产品", shoes, null, 4500.0, 0.05)
			.flow("皮革边角料", shoes, null, 80.0, 0.1)
			.flow("制鞋损耗与其他", shoes, null, null, null)
			.flow("面料", null, garments, 3000.0, 0.05)
			.flow("服装产品", garments, null, 2800.0, 0.05)
			.flow("裁剪边角料", garments, null, 60.0, 0.1)
			.flow("服装损耗与其他", garments, null, null, null)
			.flow("镜架与镜片材料", null, glasses, 400.0, 0.05)
			.flow("眼镜产品", glasses, null, 380.0, 0.05)
			.flow("眼镜边角料", glasses, null, 15.0, 0.1)
			.flow("钢材与铸件", null, parts, 7000.0, 0.05)
			.flow("汽摩配件", parts, null, 6600.0, 0.05)
			.flow("废钢（外售）", parts, null, 300.0, 0.1)
			.flow("机加工损耗与其他", parts, null, null, null)
			.build();
	}

	/** 浙江乐清经济开发区: switchgear, cables, electronic components, moulds and a hazardous-waste facility. */
	static ModelDocument yueqing() {
		String switches = code(12, "330382");
		String cables = code(13, "330382");
		String electronics = code(14, "330382");
		String moulds = code(15, "330382");
		String disposal = code(16, "330382");
		return new Builder().process(switches, "示例乐清电器开关").process(cables, "示例柳市电缆")
			.process(electronics, "示例乐清电子元件").process(moulds, "示例乐清模具").process(disposal, "示例乐清固废处置")
			.flow("铜材与塑料", null, switches, 12000.0, 0.05)
			.flow("开关电器", switches, null, 11200.0, 0.05)
			.flow("废液压油", switches, disposal, 10.0, 0.1)
			.flow("开关厂边角料", switches, null, 500.0, 0.1)
			.flow("开关厂损耗与其他", switches, null, null, null)
			.flow("铜杆与绝缘料", null, cables, 20000.0, 0.05)
			.flow("电线电缆", cables, null, 19200.0, 0.05)
			.flow("废铜与废塑料", cables, null, 600.0, 0.1)
			.flow("元件材料", null, electronics, 1500.0, 0.05)
			.flow("电子元件", electronics, null, 1400.0, 0.05)
			.flow("电子废料", electronics, null, 60.0, 0.1)
			.flow("模具钢", null, moulds, 2500.0, 0.05)
			.flow("模具", moulds, null, 2300.0, 0.05)
			.flow("模具边角料", moulds, null, 150.0, 0.1)
			.flow("园外危险废物", null, disposal, 3000.0, 0.1)
			.flow("再生油品", disposal, null, 2100.0, 0.1)
			.flow("处置残渣", disposal, null, 800.0, 0.1)
			.flow("处置损耗与其他", disposal, null, null, null)
			.build();
	}
}
