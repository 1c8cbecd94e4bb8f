package org.parkloop.funds.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.parkloop.platform.Column;
import org.parkloop.platform.Messages;
import org.parkloop.platform.Workbooks;
import org.springframework.stereotype.Component;

/**
 * The applications as Excel, per park and project: asked, granted, paid, paid back and outstanding (granted and not
 * paid; nothing for a cancelled approval), in 元 exactly as stored.
 */
@Component
class FundsWorkbook {

	static final List<Column> COLUMNS = List.of(new Column("id", "申请编号", "Application", false),
			new Column("programme", "资金项目", "Programme", false), new Column("parkCode", "园区编码", "Park code", false),
			new Column("project", "重点项目", "Key project", false), new Column("appliedOn", "申请日期", "Applied on", false),
			new Column("status", "状态", "Status", false), new Column("amount", "申请金额（元）", "Asked (yuan)", false),
			new Column("granted", "批准金额（元）", "Granted (yuan)", false), new Column("budgetYear", "预算年度", "Budget year", false),
			new Column("paid", "已拨付（元）", "Paid (yuan)", false), new Column("repaid", "已退回（元）", "Paid back (yuan)", false),
			new Column("outstanding", "待拨付（元）", "Outstanding (yuan)", false));

	private final Messages messages;

	FundsWorkbook(Messages messages) {
		this.messages = messages;
	}

	byte[] write(List<FundApplication> applications, List<Programmes.Programme> programmes, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (FundApplication a : applications) {
			String programme = programmes.stream().filter(p -> p.id() == a.programmeId()).map(Programmes.Programme::name)
				.findFirst().orElse(null);
			BigDecimal outstanding = a.status() == FundApplication.Status.APPROVED ? a.granted().subtract(a.paid()) : null;
			rows.add(Arrays.asList(a.id(), programme, a.parkCode(), a.projectName(), a.appliedOn(),
					messages.label(locale, a.status()), a.amount().toPlainString(),
					a.granted() == null ? null : a.granted().toPlainString(), a.budgetYear(), a.paid().toPlainString(),
					a.repaid().toPlainString(), outstanding == null ? null : outstanding.toPlainString()));
		}
		return Workbooks.write(messages.get(locale, "funds.applications"), COLUMNS, rows, locale);
	}
}
