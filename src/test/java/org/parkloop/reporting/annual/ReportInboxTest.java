package org.parkloop.reporting.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parkloop.platform.InboxItem;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Grant;
import org.parkloop.shared.Role;
import org.parkloop.support.DemoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R16's reminders on the calendar, with the clock set: nothing for the county before 1 November, a reminder from that
 * day until its report is submitted; the city's overdue list only after 10 December (the day itself is on time), and
 * a unit leaves it once it has submitted, however late.
 */
@TestPropertySource(properties = "parkloop.test.database=reports")
class ReportInboxTest extends DemoIntegrationTest {

	static final Caller COUNTY = new Caller("county-ouhai", Set.of(new Grant(Role.COUNTY, "瓯海区")));
	static final Caller CITY = new Caller("city", Set.of(new Grant(Role.CITY, null)));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingUnits units;

	@Autowired
	Messages messages;

	@Autowired
	org.parkloop.registry.RegistryNames names;

	List<InboxItem> on(String date, Caller caller) {
		Clock clock = Clock.fixed(LocalDate.parse(date).atStartOfDay(ZoneId.of("Asia/Shanghai")).plusHours(9).toInstant(),
				ZoneId.of("Asia/Shanghai"));
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		try {
			return new ReportInbox(jdbc, units, messages, clock, names).itemsFor(caller);
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void remindersFromTheFirstOfNovember_OverdueAfterTheTenthOfDecember() {
		assertThat(on("2031-10-31", COUNTY)).isEmpty();
		assertThat(on("2031-11-01", COUNTY)).extracting(InboxItem::title)
			.containsExactly("瓯海区 2031 年园区循环化改造进展报告须于 2031-12-10 前报送");
		assertThat(on("2031-12-10", CITY)).extracting(InboxItem::title)
			.noneMatch(t -> t.contains("2031 年园区循环化改造进展报告逾期"));
		assertThat(on("2031-12-11", CITY)).extracting(InboxItem::title)
			.contains("瓯海区 2031 年园区循环化改造进展报告逾期未报送（期限 2031-12-10）",
					"温州经济技术开发区 2031 年园区循环化改造进展报告逾期未报送（期限 2031-12-10）");
		// in the next year, until the deadline of that one, the last year's overdue units stay on the list
		assertThat(on("2032-03-01", CITY)).extracting(InboxItem::title)
			.contains("瓯海区 2031 年园区循环化改造进展报告逾期未报送（期限 2031-12-10）");
		assertThat(on("2031-12-11", COUNTY)).extracting(InboxItem::title).noneMatch(t -> t.contains("逾期"));

		// submitted late, it leaves the city's list and the county's reminders
		long id = jdbc.sql("""
				insert into report (unit, year, status, data, submitted_at, first_submitted_on, created_by)
				values ('瓯海区', 2031, 'SUBMITTED', '[]', now(), '2031-12-20', 'county-ouhai') returning id""")
			.query(Long.class).single();
		assertThat(on("2031-12-21", CITY)).extracting(InboxItem::title).noneMatch(t -> t.startsWith("瓯海区 2031"));
		assertThat(on("2031-11-15", COUNTY)).isEmpty();
		jdbc.sql("update report set status = 'RETURNED' where id = ?").param(id).update();
		assertThat(on("2031-11-15", COUNTY)).extracting(InboxItem::title)
			.containsExactly("瓯海区 2031 年报告已被退回，请修改后重新报送");
	}
}
