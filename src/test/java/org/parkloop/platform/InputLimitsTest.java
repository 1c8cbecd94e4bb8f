package org.parkloop.platform;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.parkloop.shared.CreditCode;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every create and update endpoint of the API, fed an otherwise valid body with one field too long (5,000 characters)
 * or one number absurd (±1e308): the answer is a 400 problem detail naming that field, never a server error, and
 * nothing is stored. A new endpoint with a body that is missing from {@link #ENDPOINTS} fails
 * {@link #everyEndpointWithABodyIsExercised()}; a body field without a declared limit fails
 * {@link #everyFieldOfARequestBodyDeclaresItsLimit()}.
 */
@TestPropertySource(properties = "parkloop.test.database=input-limits")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputLimitsTest extends DemoIntegrationTest {

	private static final String LONG_TEXT = "长".repeat(5000);

	/**
	 * An endpoint, who calls it and a valid body. Ids created by earlier rows are written {name} and captured from
	 * a row's answer with {@code capture}. A row without a body only moves the scene on (agree a deal).
	 */
	record Endpoint(String method, String path, String user, String body, String capture) {
	}

	static final String ETDZ_ENTERPRISE = CreditCode.demo("330303", 1);

	private static String code(String first16) {
		return CreditCode.complete(first16);
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("POST", "/api/v1/parks", "city", """
					{"code":"lim-park","nameZh":"限制测试园区","nameEn":"Limits park","level":"PROVINCIAL","administeredBy":"鹿城区",
					 "plannedAreaKm2":5.5,"targetBatch":2017,"mergedInto":"wz-hitech","focus":true,"note":"说明","establishedOn":"2015-01-01"}""",
					null),
			new Endpoint("PUT", "/api/v1/parks/lim-park", "city", """
					{"version":0,"nameZh":"限制测试园区","nameEn":"Limits park","level":"PROVINCIAL","administeredBy":"鹿城区",
					 "plannedAreaKm2":5.5,"targetBatch":2017,"note":"说明","establishedOn":"2015-01-01"}""", null),
			new Endpoint("POST", "/api/v1/parks/lim-park/transitions", "city", """
					{"status":"PLAN_COMPILING","designation":"NONE","effectiveDate":"2016-01-01","note":"说明"}""", null),
			new Endpoint("POST", "/api/v1/parks/lim-park/level-changes", "city", """
					{"date":"2016-05-01","level":"NATIONAL","comment":"升级"}""", null),
			new Endpoint("POST", "/api/v1/parks/lim-park/merger", "city", """
					{"into":"wz-hitech","date":"2017-01-01","comment":"整合"}""", null),
			new Endpoint("POST", "/api/v1/parks/lim-park/revocation", "city", """
					{"date":"2018-01-01","comment":"撤销"}""", null),
			new Endpoint("POST", "/api/v1/enterprises", "city", """
					{"creditCode":"%s","name":"限制测试企业","parkCode":"wz-etdz","industryCode":"26","address":"地址",
					 "latitude":27.93,"longitude":120.86,"size":"SMALL"}""".formatted(code("91330303MA2LMT01")), null),
			new Endpoint("PUT", "/api/v1/enterprises/" + code("91330303MA2LMT01"), "city", """
					{"version":0,"name":"限制测试企业","parkCode":"wz-etdz","industryCode":"26","address":"地址",
					 "latitude":27.93,"longitude":120.86,"size":"MEDIUM"}""", null),
			new Endpoint("POST", "/api/v1/enterprises/" + code("91330303MA2LMT01") + "/credit-code", "city", """
					{"creditCode":"%s","version":1}""".formatted(code("91330303MA2LMT04")), null),
			new Endpoint("POST", "/api/v1/indicators/definitions", "city", """
					{"code":"LIMITS_RATE","nameZh":"限制测试率","nameEn":"Limits rate","formula":"reused_water / (reused_water + fresh_water) * 100",
					 "unit":"%","direction":"HIGHER_IS_BETTER","source":"HJ 274","validFrom":2014}""", null),
			new Endpoint("PUT", "/api/v1/indicators/definitions/LIMITS_RATE", "city", """
					{"nameZh":"限制测试率","nameEn":"Limits rate","formula":"reused_water / (reused_water + fresh_water) * 100",
					 "unit":"%","direction":"HIGHER_IS_BETTER","source":"HJ 274","validFrom":2020,"version":1}""", null),
			new Endpoint("POST", "/api/v1/consultancies", "city", """
					{"creditCode":"%s","name":"限制测试咨询公司","grade":"B","certificateNumber":"工咨乙12345",
					 "certificateValidUntil":"2030-12-31"}""".formatted(code("91330300MA2LMT05")), null),
			new Endpoint("PUT", "/api/v1/consultancies/" + code("91330300MA2LMT05"), "city", """
					{"name":"限制测试咨询有限公司","grade":"A","certificateNumber":"工咨甲12345","certificateValidUntil":"2031-12-31",
					 "version":0}""", null),
			new Endpoint("PUT", "/api/v1/experts/expert", "city", """
					{"affiliationCreditCode":"%s","affiliationParkCode":"wz-hitech","speciality":"循环经济规划"}"""
				.formatted(code("91330300MA2LMT06")), null),
			new Endpoint("POST", "/api/v1/users", "demo-admin", """
					{"username":"lim-plan","displayName":"方案","password":"Limits-pw-2026-x","grants":["PARK:zj-cangnan-ip"]}""",
					null),
			new Endpoint("POST", "/api/v1/parks/zj-cangnan-ip/plans", "city", """
					{"consultancyCreditCode":"%s","route":"CITY","baseYear":2013,"startYear":2014,"endYear":2017,"modelId":null,
					 "targets":[{"code":"SOLID_WASTE_UTILISATION_RATE","baseline":80,"target":95}],
					 "projects":[{"name":"集中供热","category":"CHAIN_LINKING","kind":"ENERGY_CASCADE","investment":1000000,
					   "milestones":[{"name":"投运","plannedDate":"2016-12-31"}]}]}""".formatted(code("91330300MA2LMT05")),
					"plan"),
			new Endpoint("POST", "/api/v1/plans/{plan}/submit", "lim-plan", """
					{"date":"%s"}""".formatted(LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/plans/{plan}/return", "city", """
					{"comment":"请补充项目投资"}""", null),
			new Endpoint("POST", "/api/v1/users", "demo-admin", """
					{"username":"lim-plan2","displayName":"方案二","password":"Limits-pw-2026-x","grants":["PARK:zj-yueqing-ip"]}""",
					null),
			new Endpoint("POST", "/api/v1/users", "demo-admin", """
					{"username":"lim-x1","displayName":"专家一","password":"Limits-pw-2026-x","grants":["EXPERT"]}""", null),
			new Endpoint("POST", "/api/v1/users", "demo-admin", """
					{"username":"lim-x2","displayName":"专家二","password":"Limits-pw-2026-x","grants":["EXPERT"]}""", null),
			new Endpoint("PUT", "/api/v1/experts/lim-x1", "city", """
					{"affiliationParkCode":"wz-etdz","speciality":"环境工程"}""", null),
			new Endpoint("PUT", "/api/v1/experts/lim-x2", "city", """
					{"affiliationParkCode":"wz-etdz","speciality":"能源"}""", null),
			new Endpoint("POST", "/api/v1/parks/zj-yueqing-ip/plans", "city", """
					{"consultancyCreditCode":"%s","route":"CITY","baseYear":2013,"startYear":2014,"endYear":2017,
					 "projects":[{"name":"光伏屋顶","category":"NEW_ENERGY","investment":2000000,
					   "milestones":[{"name":"开工","plannedDate":"2016-06-30"}]}]}"""
				.formatted(code("91330300MA2LMT05")), "plan2"),
			new Endpoint("POST", "/api/v1/plans/{plan2}/submit", "lim-plan2", """
					{"date":"%s"}""".formatted(LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/plans/{plan2}/experts", "city", """
					{"experts":["expert","lim-x1","lim-x2"]}""", null),
			new Endpoint("POST", "/api/v1/plans/{plan2}/reviews", "expert", """
					{"score":88,"opinion":"可行"}""", null),
			new Endpoint("POST", "/api/v1/plans/{plan2}/reviews", "lim-x1", """
					{"score":86,"opinion":"可行"}""", null),
			new Endpoint("POST", "/api/v1/plans/{plan2}/reviews", "lim-x2", """
					{"score":84,"opinion":"可行"}""", null),
			new Endpoint("POST", "/api/v1/plans/{plan2}/review-conclusion", "city", """
					{"opinion":"专家组同意"}""", null),
			new Endpoint("POST", "/api/v1/plans/{plan2}/approve", "city", """
					{"date":"%s","documentNumber":"温发改〔2026〕9号"}""".formatted(LocalDate.now()), "project=$.projects[0].id"),
			new Endpoint("POST", "/api/v1/projects/{project}/progress", "lim-plan2", """
					{"date":"%s","investment":500000,"percentComplete":40,"milestonesReached":[{"name":"开工","date":"%s"}]}"""
				.formatted(LocalDate.now(), LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/users", "demo-admin", """
					{"username":"lim-plan3","displayName":"方案三","password":"Limits-pw-2026-x","grants":["PARK:zj-ouhai-eda"]}""",
					null),
			new Endpoint("PUT", "/api/v1/parks/zj-ouhai-eda/consultancy", "lim-plan3", """
					{"creditCode":"%s","date":"%s"}""".formatted(code("91330300MA2LMT05"), LocalDate.now()), null),
			// the demo's approved plan of Ouhai, amended
			new Endpoint("GET", "/api/v1/parks/zj-ouhai-eda/plans", "lim-plan3", null, "demoPlan=$[0].id"),
			new Endpoint("POST", "/api/v1/plans/{demoPlan}/revise", "lim-plan3", null, "plan3"),
			new Endpoint("PUT", "/api/v1/plans/{plan3}", "lim-plan3", """
					{"route":"PROVINCIAL_DEMO","baseYear":2013,"startYear":2014,"endYear":2017,"date":"%s",
					 "targets":[{"code":"ENERGY_INTENSITY","baseline":2,"target":1000}],
					 "projects":[{"name":"余热发电","category":"NEW_ENERGY","investment":3000000,"investmentByYear":{"2016":1000000},
					   "effects":{"tonnesUtilised":10,"tceSaved":20,"waterSaved":30,"co2Avoided":40},
					   "milestones":[{"name":"投运","plannedDate":"2016-06-30"}]}]}""".formatted(LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/plans/{plan3}/submit", "lim-plan3", """
					{"date":"%s"}""".formatted(LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/plans/{plan3}/external-decisions", "city", """
					{"body":"PROVINCE","documentNumber":"浙发改〔2026〕1号","date":"%s","outcome":"APPROVED"}"""
				.formatted(LocalDate.now()), "project3=$.projects[0].id"),
			new Endpoint("POST", "/api/v1/projects/{project3}/progress", "lim-plan3", """
					{"date":"%s","milestonesReached":[{"name":"投运","date":"2016-06-20"}]}""".formatted(LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/parks/zj-ouhai-eda/acceptance-applications", "lim-plan3", """
					{"year":2017,"date":"%s"}""".formatted(LocalDate.now()), "application"),
			new Endpoint("POST", "/api/v1/acceptance-applications/{application}/decisions", "city", """
					{"stage":"PRELIMINARY","body":"CITY","outcome":"PASSED","grade":null,"documentNumber":"温发改〔2026〕2号",
					 "date":"%s","reasons":null,"steps":[{"step":"DOCUMENT_REVIEW","date":"%s","note":"资料齐全"}],
					 "filing":{"documentNumber":"备〔2026〕1号","date":"%s"}}""".formatted(LocalDate.now(), LocalDate.now(),
						LocalDate.now()), null),
			new Endpoint("POST", "/api/v1/boilers", "enterprise-etdz", """
					{"creditCode":"%s","name":"限制测试锅炉","capacity":4,"capacityUnit":"t/h","fuel":"COAL","heatSource":false,
					 "commissioningYear":2010,"latitude":27.97,"longitude":120.7,"crs":"BD09","annualCoalTonnes":1500,
					 "operatingHours":4000}""".formatted(ETDZ_ENTERPRISE), "boiler"),
			new Endpoint("PUT", "/api/v1/boilers/{boiler}", "enterprise-etdz", """
					{"name":"限制测试锅炉","capacity":2.8,"capacityUnit":"MW","fuel":"COAL","heatSource":false,
					 "commissioningYear":2010,"latitude":27.97,"longitude":120.7,"crs":"WGS84","annualCoalTonnes":1500,
					 "operatingHours":4000}""", null),
			new Endpoint("POST", "/api/v1/boilers/{boiler}/changes", "park-etdz", """
					{"date":"2016-03-01","status":"CONVERTED","fuel":"GAS"}""", null),
			new Endpoint("POST", "/api/v1/geo/layers/zoning", "park-etdz", """
					{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"parkCode":"wz-etdz",
					 "validFrom":"2016-01-01","name":"限制测试生态红线","restriction":"禁止新建工业项目",
					 "source":"温州市生态保护红线（限制测试）"},
					 "geometry":{"type":"Polygon","coordinates":[[[120.7,27.9],[120.72,27.9],[120.72,27.92],[120.7,27.9]]]}}]}""",
					null),
			new Endpoint("POST", "/api/v1/energy/renewables", "park-etdz", """
					{"creditCode":"%s","name":"限制测试光伏","kind":"PV","capacity":500,"capacityUnit":"kW","electricityMwh":520,
					 "heatGj":0,"commissionedOn":"2018-06-30"}""".formatted(CreditCode.demo("330303", 3)), "renewable"),
			new Endpoint("PUT", "/api/v1/energy/renewables/{renewable}", "park-etdz", """
					{"name":"限制测试光伏","kind":"PV","capacity":600,"capacityUnit":"kW","electricityMwh":630,"heatGj":0,
					 "commissionedOn":"2018-06-30","decommissionedOn":"2025-12-31"}""", null),
			new Endpoint("PUT", "/api/v1/energy/entry-standards/26/ENERGY_INTENSITY", "city", """
					{"ceiling":0.8,"source":"温州市化工行业准入条件（示例）"}""", null),
			new Endpoint("POST", "/api/v1/energy/backward-capacity", "park-etdz", """
					{"creditCode":"%s","description":"2台燃煤导热油炉生产线","capacity":4,"unit":"t/h","deadline":"2017-12-31",
					 "source":"温政办〔2014〕27号"}""".formatted(CreditCode.demo("330303", 2)), "backward"),
			new Endpoint("POST", "/api/v1/energy/backward-capacity/{backward}/eliminated", "park-etdz", """
					{"date":"2017-10-01"}""", null),
			new Endpoint("POST", "/api/v1/funds/programmes", "city", """
					{"name":"限制测试资金","level":"CITY","year":2015,"budget":10000000.00,"capShare":0.3,
					 "categories":["CHAIN_LINKING","PUBLIC_SERVICE","NEW_ENERGY"],"announcementDays":7}""", "programme"),
			new Endpoint("PUT", "/api/v1/funds/programmes/{programme}/budgets/2016", "city", """
					{"budget":500000.00}""", null),
			new Endpoint("GET", "/api/v1/plans/1", "park-etdz", null, "project=$.projects[1].id"),
			new Endpoint("GET", "/api/v1/plans/1", "park-etdz", null, "milestone=$.projects[1].milestones[2].id"),
			new Endpoint("POST", "/api/v1/funds/applications", "park-etdz", """
					{"programmeId":{programme},"parkCode":"wz-etdz","projectId":{project},"amount":9600000.00,
					 "date":"2015-11-10"}""", "application"),
			new Endpoint("POST", "/api/v1/funds/applications/{application}/decide", "city", """
					{"outcome":"APPROVED","amount":9600000.00,"year":2015,"instalments":[{"amount":9600000.00,
					 "milestone":{milestone}}],"comment":"同意","date":"2015-11-20"}""", null),
			new Endpoint("POST", "/api/v1/funds/applications/{application}/disbursements", "city", """
					{"amount":9600000.00,"milestone":{milestone},"date":"2016-01-05","reference":"限制测试拨付"}""", null),
			new Endpoint("POST", "/api/v1/funds/applications/{application}/repayments", "city", """
					{"amount":1000.00,"date":"2018-03-01","reference":"限制测试退回","comment":"验收未通过"}""", null),
			new Endpoint("POST", "/api/v1/funds/applications/{application}/cancel", "city", """
					{"date":"2018-03-02","comment":"限制测试取消"}""", null),
			new Endpoint("PUT", "/api/v1/funds/pilots/%s".formatted(CreditCode.demo("330303", 4)), "city", """
					{"date":"2016-01-01","documentNumber":"限制测试试点"}""", null),
			new Endpoint("POST", "/api/v1/funds/pilots/%s/revoke".formatted(CreditCode.demo("330303", 4)), "city", """
					{"date":"2017-01-01","documentNumber":"限制测试撤销"}""", null),
			new Endpoint("POST", "/api/v1/funds/programmes", "city", """
					{"name":"限制测试中央资金","level":"NATIONAL","year":2016,"budget":0}""", "national"),
			new Endpoint("POST", "/api/v1/funds/recommendations", "city", """
					{"programmeId":{national},"parkCode":"wz-etdz","projectId":{project},"date":"2016-03-01","note":"优先推荐"}""",
					"recommendation"),
			new Endpoint("POST", "/api/v1/funds/recommendations/{recommendation}/outcome", "city", """
					{"outcome":"GRANTED","amount":2000000.00,"date":"2016-09-01"}""", null),
			new Endpoint("POST", "/api/v1/reports", "county-ouhai", """
					{"unit":"瓯海区","year":2016}""", "report"),
			new Endpoint("PUT", "/api/v1/reports/{report}/sections/summary", "county-ouhai", """
					{"text":"限制测试报告"}""", null),
			new Endpoint("POST", "/api/v1/reports/{report}/submit", "county-ouhai", null, null),
			new Endpoint("POST", "/api/v1/reports/{report}/return", "city", """
					{"comment":"限制测试退回"}""", null),
			new Endpoint("POST", "/api/v1/assessments/schemes", "city", """
					{"name":"限制测试考核","year":2016,"criteria":[
					 {"code":"A","nameZh":"进程","nameEn":"Case","weight":90,"source":"COMPUTED","metric":"CASE_PROGRESS"},
					 {"code":"W","nameZh":"市里评定","nameEn":"City","weight":10,"source":"ENTERED","metric":null}]}""", "scheme"),
			new Endpoint("POST", "/api/v1/assessments/schemes/{scheme}/run", "city", null, null),
			new Endpoint("PUT", "/api/v1/assessments/schemes/{scheme}/scores/wz-etdz/W", "city", """
					{"score":8,"comment":"限制测试评定"}""", null),
			new Endpoint("POST", "/api/v1/announcements", "city", """
					{"kind":"OTHER","title":"限制测试公示","body":"限制测试公示内容","parkCode":"wz-etdz","objectionDays":7}""",
					"announcement"),
			new Endpoint("POST", "/api/v1/feedback", "public", """
					{"name":"张三","contact":"zhang@example.com","text":"限制测试意见","parkCode":"wz-etdz",
					 "announcementId":{announcement},"website":null}""", "feedback"),
			new Endpoint("POST", "/api/v1/feedback/{feedback}/answer", "city", """
					{"answer":"限制测试答复"}""", null),
			new Endpoint("POST", "/api/v1/energy/relocations", "park-etdz", """
					{"creditCode":"%s","action":"RELOCATE","date":"2015-06-01","note":"迁入园区东片"}"""
				.formatted(CreditCode.demo("330303", 5)), "relocation"),
			new Endpoint("POST", "/api/v1/energy/relocations/{relocation}/outcome", "park-etdz", """
					{"outcome":"RELOCATED","date":"2015-12-01","note":"已迁入园区东片"}""", null),
			new Endpoint("POST", "/api/v1/submissions", "enterprise-etdz", """
					{"creditCode":"%s","year":2020,"values":[{"item":"cod","value":1.5,"unit":"t"}]}""".formatted(ETDZ_ENTERPRISE),
					"submission"),
			new Endpoint("PUT", "/api/v1/submissions/{submission}", "enterprise-etdz", """
					{"version":0,"values":[{"item":"cod","value":1.6,"unit":"t"},{"item":"so2","value":2000,"unit":"kg"}]}""", null),
			new Endpoint("POST", "/api/v1/submissions/{submission}/submit", "enterprise-etdz", """
					{"confirm":true,"version":1}""", null),
			new Endpoint("POST", "/api/v1/submissions/{submission}/return", "park-etdz", """
					{"comment":"请核实","version":2}""", null),
			new Endpoint("PUT", "/api/v1/submissions/{submission}", "enterprise-etdz", """
					{"values":[{"item":"cod","value":1.5,"unit":"t"},{"item":"so2","value":2,"unit":"t"}]}""", null),
			new Endpoint("POST", "/api/v1/submissions/{submission}/submit", "enterprise-etdz", """
					{"confirm":true}""", null),
			new Endpoint("POST", "/api/v1/submissions/{submission}/accept", "park-etdz", """
					{"version":5}""", null),
			new Endpoint("PUT", "/api/v1/parks/wz-etdz/data/2020", "park-etdz", """
					{"values":[{"item":"land_area","value":12,"unit":"km²"}]}""", null),
			new Endpoint("PUT", "/api/v1/parks/wz-etdz/targets", "park-etdz", """
					{"baseYear":2013,"targetYear":2017,"indicators":[{"code":"ENERGY_INTENSITY","baseline":0.6,"target":0.5}]}""",
					null),
			new Endpoint("POST", "/api/v1/programme/goal-sets", "city", """
					{"nameZh":"限制测试目标","nameEn":"Limits goals","description":"说明","goals":[
					 {"kind":"SHARE_AT_LEAST","deadline":"2020-12-31","level":"NATIONAL","minStatus":"IMPLEMENTING","percent":50,
					  "labelZh":"目标","labelEn":"goal"},
					 {"kind":"DESIGNATION_COUNT","deadline":"2020-12-31","designation":"PROVINCIAL_DEMO","minCount":1,"maxCount":2},
					 {"kind":"BATCH_AT_LEAST","deadline":"2020-12-31","minStatus":"IMPLEMENTING","batch":2017}]}""", "goalSet"),
			new Endpoint("PUT", "/api/v1/programme/goal-sets/{goalSet}", "city", """
					{"version":0,"nameZh":"限制测试目标","nameEn":"Limits goals","description":"说明","goals":[
					 {"kind":"SHARE_AT_LEAST","deadline":"2020-12-31","level":"NATIONAL","minStatus":"IMPLEMENTING","percent":50,
					  "labelZh":"目标","labelEn":"goal"}]}""", null),
			new Endpoint("POST", "/api/v1/programme/goal-sets/{goalSet}/publications", "city", """
					{"asOf":"2016-12-31","comment":"发布"}""", null),
			new Endpoint("POST", "/api/v1/me/password", "expert", """
					{"currentPassword":"ParkLoop-Demo-2026","newPassword":"Limits-pw-2026-x"}""", null),
			new Endpoint("POST", "/api/v1/me/tokens", "city", """
					{"name":"脚本","expires":"%s"}""".formatted(LocalDate.now().plusDays(30)), null),
			new Endpoint("POST", "/api/v1/users", "demo-admin", """
					{"username":"lim-user","displayName":"限制","password":"Limits-pw-2026-x","grants":["PARK:wz-etdz"]}""",
					null),
			new Endpoint("POST", "/api/v1/users/lim-user/password-reset", "demo-admin", """
					{"password":"Limits-reset-2026-y"}""", null),
			new Endpoint("PUT", "/api/v1/users/lim-user/grants", "demo-admin", """
					{"version":0,"grants":["PARK:wz-etdz","EXPERT"]}""", null),
			new Endpoint("POST", "/api/v1/registrations", "public", """
					{"creditCode":"%s","name":"限制注册企业","parkCode":"wz-etdz","industryCode":"26","size":"SMALL",
					 "contactName":"联系人","contactPhone":"0577-88888888","username":"lim-reg","password":"Limits-pw-2026-x"}"""
				.formatted(code("91330303MA2LMT02")), "registration"),
			new Endpoint("POST", "/api/v1/registrations/{registration}/reject", "park-etdz", """
					{"note":"资料不全"}""", null),
			new Endpoint("POST", "/api/v1/registrations", "public", """
					{"creditCode":"%s","name":"限制注册企业二","parkCode":"wz-etdz","industryCode":"26","size":"SMALL",
					 "contactName":"联系人","contactPhone":"0577-88888888","username":"lim-reg2","password":"Limits-pw-2026-x"}"""
				.formatted(code("91330303MA2LMT03")), "registration2"),
			new Endpoint("POST", "/api/v1/registrations/{registration2}/approve", "park-etdz", """
					{"note":"同意"}""", null),
			new Endpoint("POST", "/api/v1/mfa/reconcile", "city", """
					{"processes":[{"id":"P","name":"过程"}],
					 "flows":[{"id":"F1","from":null,"to":"P","value":10,"sigma":1},
					          {"id":"F2","from":"P","to":null,"value":9,"relativeSigma":0.1}],
					 "stocks":[{"process":"P","change":1,"sigma":0.5,"relativeSigma":null}],
					 "relations":[{"terms":[{"flow":"F1","coefficient":1},{"flow":"F2","coefficient":-1}],"constant":1}],
					 "nonNegative":false}""", null),
			new Endpoint("POST", "/api/v1/mfa/reconcile", "city", """
					{"processes":[{"id":"S","name":"冶炼"}],
					 "flows":[{"id":"ore","from":null,"to":"S","value":100,"sigma":2},{"id":"slag","from":"S","to":null,"value":100,"sigma":3}],
					 "layers":[{"id":"Cd","concentrations":[{"flow":"ore","value":0.02,"sigma":0.002},
					          {"flow":"slag","value":0.02,"relativeSigma":0.1}]}]}""", null),
			new Endpoint("POST", "/api/v1/parks/wz-etdz/models", "city", """
					{"name":"限制测试模型","year":2020,"scenario":"基准","document":{"processes":[{"id":"P","name":"过程"}],
					 "flows":[{"id":"F1","from":null,"to":"P","value":10,"sigma":1},{"id":"F2","from":"P","to":null,"value":9}]}}""",
					"model"),
			new Endpoint("PUT", "/api/v1/models/{model}", "city", """
					{"version":0,"processes":[{"id":"P","name":"过程"}],
					 "flows":[{"id":"F1","from":null,"to":"P","value":10,"sigma":1},{"id":"F2","from":"P","to":null,"value":9}],
					 "stocks":[{"process":"P","change":1,"sigma":0.5}]}""", null),
			new Endpoint("POST", "/api/v1/models/{model}/rename", "city", """
					{"name":"限制测试模型（改）","scenario":"修订"}""", null),
			new Endpoint("POST", "/api/v1/exchange/optimize", "city", """
					{"offers":[{"id":"o1","material":"SW02","quantity":100,"lat":27.9,"lon":120.8,"disposalCostPerTonne":40,
					  "hazardous":false}],
					 "wants":[{"id":"w1","quantity":50,"lat":27.95,"lon":120.7,"maxDistanceKm":50,
					  "accepts":[{"material":"SW02","valuePerTonne":30}],"licensedCodes":["HW08"]}],
					 "transportCostPerTonneKm":0.6,"roadFactor":1.3}""", null),
			new Endpoint("POST", "/api/v1/exchange/rules", "city", """
					{"materialCode":"SW03","useZh":"路基材料","useEn":"Road base","industryCode":"48","maxDistanceKm":50,
					 "licenceRequired":false,"qualityCondition":"条件","source":"GB/T 25824","active":true}""", "rule"),
			new Endpoint("PUT", "/api/v1/exchange/rules/{rule}", "city", """
					{"version":0,"materialCode":"SW03","useZh":"路基材料","useEn":"Road base","industryCode":"48","maxDistanceKm":40,
					 "licenceRequired":false,"qualityCondition":"条件","source":"GB/T 25824","active":true}""", null),
			new Endpoint("POST", "/api/v1/exchange/licences", "city", """
					{"number":"限制测试许可证001","holder":"%s","codes":["HW08","HW17"],"annualCapacityTonnes":100,
					 "validFrom":"2025-01-01","validTo":"2030-12-31","province":"浙江省"}""".formatted(ETDZ_ENTERPRISE), null),
			new Endpoint("POST", "/api/v1/exchange/listings", "enterprise-ouhai", """
					{"kind":"NEED","title":"收购粉煤灰","quantity":500,"period":"YEAR","properties":"干灰",
					 "availableFrom":"2026-01-01","availableTo":"2030-12-31","price":10,"maxDistanceKm":100,
					 "latitude":27.96,"longitude":120.66,"accepts":[{"materialCode":"SW02","valuePerUnit":50}]}""", "need"),
			new Endpoint("POST", "/api/v1/exchange/listings", "enterprise-etdz", """
					{"kind":"OFFER","title":"粉煤灰","materialCode":"SW02","quantity":1000,"period":"YEAR","properties":"干灰",
					 "availableFrom":"2026-01-01","availableTo":"2030-12-31","price":20,"disposalCost":40,
					 "latitude":27.94,"longitude":120.85}""", "offer"),
			new Endpoint("PUT", "/api/v1/exchange/listings/{offer}", "enterprise-etdz", """
					{"version":0,"title":"粉煤灰（干排）","materialCode":"SW02","quantity":1000,"period":"YEAR","properties":"干灰",
					 "availableFrom":"2026-01-01","availableTo":"2030-12-31","price":20,"disposalCost":40}""", null),
			new Endpoint("POST", "/api/v1/exchange/deals", "enterprise-ouhai", """
					{"offerId":{offer},"needId":{need},"quantity":10,"price":5,"note":"试运"}""", "deal"),
			new Endpoint("POST", "/api/v1/exchange/deals/{deal}/agree", "enterprise-etdz", null, null),
			new Endpoint("POST", "/api/v1/exchange/deals/{deal}/deliver", "enterprise-etdz", """
					{"approvalRef":"无需审批"}""", null),
			new Endpoint("POST", "/api/v1/exchange/deals/{deal}/shipments", "enterprise-etdz", """
					{"shippedOn":"%s","quantity":1,"manifestNo":"LIM-0001","carrier":"示例运输"}""".formatted(LocalDate.now().minusDays(1)),
					null));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, String> captured = new HashMap<>();

	@Test
	@Order(1)
	void everyEndpointWithABodyIsExercised() {
		Set<String> inCode = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("org.parkloop") || bodyType(e.getValue()) == null) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				for (var method : e.getKey().getMethodsCondition().getMethods()) {
					inCode.add(method.name() + " " + pattern);
				}
			}
		}
		Set<String> exercised = new TreeSet<>();
		for (Endpoint e : ENDPOINTS) {
			if (e.body() != null) {
				exercised.add(e.method() + " " + pattern(e.path()));
			}
		}
		assertThat(exercised).isEqualTo(inCode);
	}

	/** "/api/v1/parks/lim-park/merger" as its mapping's pattern "/api/v1/parks/{code}/merger". */
	private String pattern(String path) {
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : e.getKey().getPatternValues()) {
				String regex = pattern.replaceAll("\\{[^}]+}", "[^/]+");
				if (path.replaceAll("\\{[^}]+}", "x").matches(regex) && bodyType(e.getValue()) != null) {
					return pattern;
				}
			}
		}
		return path;
	}

	private static Class<?> bodyType(HandlerMethod m) {
		for (MethodParameter p : m.getMethodParameters()) {
			if (p.hasParameterAnnotation(RequestBody.class)) {
				return p.getParameterType();
			}
		}
		return null;
	}

	@Test
	@Order(2)
	void everyFieldOfARequestBodyDeclaresItsLimit() {
		List<String> undeclared = new ArrayList<>();
		for (HandlerMethod m : mappings.getHandlerMethods().values()) {
			Class<?> type = bodyType(m);
			if (type != null && m.getBeanType().getPackageName().startsWith("org.parkloop")) {
				undeclared(type, type.getSimpleName(), undeclared, new java.util.HashSet<>());
			}
		}
		assertThat(undeclared).as("text, number and list fields of request bodies without a declared limit").isEmpty();
	}

	private static void undeclared(Class<?> type, String at, List<String> out, Set<Class<?>> seen) {
		if (!type.isRecord() || !seen.add(type)) {
			return;
		}
		for (RecordComponent c : type.getRecordComponents()) {
			check(c.getAnnotatedType(), c.getType(), at + "." + c.getName(), out, seen);
		}
	}

	/** An id (a Long ending in "Id") refers to a record and is looked up, not stored: it needs no maximum. */
	private static void check(AnnotatedType annotated, Class<?> raw, String at, List<String> out, Set<Class<?>> seen) {
		boolean sized = annotated.isAnnotationPresent(Size.class);
		boolean bounded = annotated.isAnnotationPresent(DecimalMax.class) || annotated.isAnnotationPresent(Max.class);
		if (raw == String.class && !sized) {
			out.add(at + " (text without @Size)");
		}
		else if (Number.class.isAssignableFrom(raw) && !bounded && !(raw == Long.class && at.endsWith("Id"))) {
			out.add(at + " (number without a maximum)");
		}
		else if (List.class.isAssignableFrom(raw)) {
			if (!sized) {
				out.add(at + " (list without @Size)");
			}
			if (annotated instanceof AnnotatedParameterizedType p) {
				AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
				check(element, (Class<?>) ((java.lang.reflect.ParameterizedType) p.getType()).getActualTypeArguments()[0],
						at + "[]", out, seen);
			}
		}
		else {
			undeclared(raw, at, out, seen);
		}
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	/** Over real HTTP (the servlet container's error dispatch): an unknown address or method is a problem detail. */
	@Test
	@Order(4)
	void unknownAddressesAndMethodsAreProblemDetailsToo() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString(("city:" + DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var missing = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/api/v1/no-such-thing")).header("Authorization", basic).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(missing.body()).contains("\"title\":\"未找到\"").doesNotContain("timestamp");
		var method = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
				+ "/api/v1/parks")).header("Authorization", basic).header("Accept-Language", "en")
				.method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(method.statusCode()).isEqualTo(405);
		assertThat(method.body()).contains("\"title\":\"Method not allowed\"");
	}

	@Test
	@Order(3)
	void longTextAndHugeNumbersAreRefusedNamingTheFieldNeverAServerError() throws Exception {
		List<String> wrong = new ArrayList<>();
		int mutations = 0;
		for (Endpoint e : ENDPOINTS) {
			String path = resolve(e.path());
			if (e.body() != null) {
				Object body = json.readValue(resolve(e.body()), Object.class);
				for (Mutation m : mutations(body, "")) {
					mutations++;
					MockHttpServletResponse r = send(e.method(), path, e.user(), json.writeValueAsString(m.body()));
					String answer = r.getContentAsString();
					List<String> fields = r.getStatus() == 400 && answer.contains("\"errors\"")
							? com.jayway.jsonpath.JsonPath.read(answer, "$.errors[*].field") : List.of();
					// the stateless engines name the offending offer, want or flow by its id instead
					boolean byId = r.getStatus() == 400 && answer.contains("\"ids\"");
					if (r.getStatus() != 400 || (!byId && fields.stream().noneMatch(f -> names(f, m.leaf())))) {
						wrong.add(e.method() + " " + e.path() + " with " + m.leaf() + " = " + m.what() + ": " + r.getStatus()
								+ " " + (answer.length() > 300 ? answer.substring(0, 300) : answer));
					}
				}
			}
			MockHttpServletResponse r = send(e.method(), path, e.user(), e.body() == null ? null : resolve(e.body()));
			assertThat(r.getStatus()).as(e.method() + " " + path + " (the valid body): " + r.getContentAsString())
				.isBetween(200, 299);
			if (e.capture() != null) {
				// "name" captures the answer's id; "name=$.path" another value of it
				String[] capture = e.capture().split("=", 2);
				captured.put(capture[0], com.jayway.jsonpath.JsonPath.read(r.getContentAsString(),
						capture.length > 1 ? capture[1] : "$.id").toString());
			}
		}
		assertThat(wrong).as(mutations + " mutated bodies").isEmpty();
		assertThat(mutations).isGreaterThan(300);
	}

	/** The error's field names the mutated one: the same, a list holding it, or the nested field it ends with. */
	private static boolean names(String field, String leaf) {
		return field.equals(leaf) || leaf.startsWith(field + "[") || leaf.startsWith(field + ".")
				|| leaf.endsWith("." + field);
	}

	private String resolve(String text) {
		String out = text;
		for (Map.Entry<String, String> c : captured.entrySet()) {
			out = out.replace("{" + c.getKey() + "}", c.getValue());
		}
		return out;
	}

	private MockHttpServletResponse send(String method, String path, String username, String body) throws Exception {
		MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		if (body != null) {
			b.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (method.equals("PUT")) {
			// whatever version the record has reached; versions are ConcurrentWritesTest's subject
			b.header("If-Match", "*");
		}
		if (!"public".equals(username)) {
			b.with(user(accounts.loadUserByUsername(username)));
		}
		return mvc.perform(b).andReturn().getResponse();
	}

	record Mutation(Object body, String leaf, String what) {
	}

	/** For each text leaf a copy with 5,000 characters there; for each number leaf copies with 1e308 and -1e308. */
	@SuppressWarnings("unchecked")
	private static List<Mutation> mutations(Object body, String at) {
		List<Mutation> out = new ArrayList<>();
		if (body instanceof Map<?, ?> map) {
			for (Object key : map.keySet()) {
				String path = at.isEmpty() ? key.toString() : at + "." + key;
				for (Mutation inner : mutations(map.get(key), path)) {
					Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
					copy.put(key.toString(), inner.body());
					out.add(new Mutation(copy, inner.leaf(), inner.what()));
				}
			}
		}
		else if (body instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				for (Mutation inner : mutations(list.get(i), at + "[" + i + "]")) {
					List<Object> copy = new ArrayList<>(list);
					copy.set(i, inner.body());
					out.add(new Mutation(copy, inner.leaf(), inner.what()));
				}
			}
		}
		else if (body instanceof String) {
			out.add(new Mutation(LONG_TEXT, at, "5,000 characters"));
		}
		else if (body instanceof Number) {
			out.add(new Mutation(1e308, at, "1e308"));
			out.add(new Mutation(-1e308, at, "-1e308"));
		}
		return out;
	}
}
