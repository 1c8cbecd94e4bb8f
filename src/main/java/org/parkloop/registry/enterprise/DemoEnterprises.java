package org.parkloop.registry.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.DemoMode;
import org.parkloop.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fictional enterprises (all named 示例…) in three parks, so a demo installation can be explored. Their industries
 * follow each park's real pillar industries; their places lie inside the parks. Never loaded outside a demo.
 */
@Component
@Order(20)
class DemoEnterprises implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEnterprises.class);

	private final EnterpriseService enterprises;
	private final DemoMode demo;
	private final org.parkloop.registry.ParkCatalog parks;

	DemoEnterprises(EnterpriseService enterprises, DemoMode demo, org.parkloop.registry.ParkCatalog parks) {
		this.parks = parks;
		this.enterprises = enterprises;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.isOn() || enterprises.anyExist() || !parksPresent("wz-etdz", "zj-ouhai-eda", "zj-yueqing-eda")) {
			return;
		}
		List<EnterpriseCommand> list = new ArrayList<>();
		add(list, "330303", "示例浙南热电有限公司", "wz-etdz", "44", "温州经济技术开发区滨海三道示例1号", 27.9391, 120.8532, "LARGE");
		add(list, "330303", "示例瓯江化工有限公司", "wz-etdz", "26", "温州经济技术开发区滨海五道示例8号", 27.9318, 120.8617, "MEDIUM");
		add(list, "330303", "示例东海合成革有限公司", "wz-etdz", "29", "温州经济技术开发区滨海十路示例66号", 27.9452, 120.8451, "MEDIUM");
		add(list, "330303", "示例滨海钢材加工有限公司", "wz-etdz", "33", "温州经济技术开发区滨海二道示例20号", 27.9275, 120.8702, "MEDIUM");
		add(list, "330303", "示例龙湾泵阀制造有限公司", "wz-etdz", "34", "温州经济技术开发区金海大道示例135号", 27.9603, 120.8125, "SMALL");
		add(list, "330303", "示例温州再生资源利用有限公司", "wz-etdz", "42", "温州经济技术开发区滨海七道示例3号", 27.9224, 120.8786, "SMALL");
		add(list, "330303", "示例滨海污水处理有限公司", "wz-etdz", "46", "温州经济技术开发区丁山示例路9号", 27.9187, 120.8893, "MEDIUM");
		add(list, "330304", "示例瓯海鞋业有限公司", "zj-ouhai-eda", "19", "瓯海经济开发区东方南路示例18号", 27.9668, 120.6612, "MEDIUM");
		add(list, "330304", "示例梧田服饰有限公司", "zj-ouhai-eda", "18", "瓯海经济开发区梧田示例路52号", 27.9731, 120.6705, "SMALL");
		add(list, "330304", "示例瓯海眼镜有限公司", "zj-ouhai-eda", "35", "瓯海经济开发区毓蒙路示例7号", 27.9604, 120.6539, "SMALL");
		add(list, "330304", "示例娄桥汽摩配件有限公司", "zj-ouhai-eda", "36", "瓯海经济开发区娄桥示例工业区11号", 27.9516, 120.6288, "SMALL");
		add(list, "330382", "示例乐清电器开关有限公司", "zj-yueqing-eda", "38", "乐清经济开发区纬十七路示例99号", 28.1015, 120.9867, "LARGE");
		add(list, "330382", "示例柳市电缆有限公司", "zj-yueqing-eda", "38", "乐清经济开发区纬十九路示例31号", 28.0962, 120.9791, "MEDIUM");
		add(list, "330382", "示例乐清电子元件有限公司", "zj-yueqing-eda", "39", "乐清经济开发区经八路示例16号", 28.1088, 120.9935, "SMALL");
		add(list, "330382", "示例乐清模具有限公司", "zj-yueqing-eda", "35", "乐清经济开发区经五路示例5号", 28.1049, 120.9712, "MICRO");
		add(list, "330382", "示例乐清固废处置有限公司", "zj-yueqing-eda", "77", "乐清经济开发区滨海示例路2号", 28.0917, 121.0023, "SMALL");
		enterprises.insertDemo(list);
		log.info("Loaded {} fictional demo enterprises", list.size());
	}

	private boolean parksPresent(String... codes) {
		return java.util.Arrays.stream(codes).allMatch(c -> parks.find(c).isPresent());
	}

	/** A credit code of a company (91) registered in the given division, with a made-up organisation code. */
	private static void add(List<EnterpriseCommand> list, String division, String name, String park, String industry,
			String address, double lat, double lon, String size) {
		String code = CreditCode.demo(division, list.size() + 1);
		list.add(new EnterpriseCommand(code, name, park, industry, address, BigDecimal.valueOf(lat),
				BigDecimal.valueOf(lon), size));
	}
}
