package org.parkloop.reporting.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R16's reminders: from the reminder day (1 November, data) a county unit's user, or a city-level park's, finds this
 * year's report to file until it is submitted; a returned report waits for its filer at any time.
 */
@Component
class ReportInbox implements InboxSource {

	private final JdbcClient jdbc;
	private final ReportingUnits units;
	private final Messages messages;
	private final Clock clock;

	ReportInbox(JdbcClient jdbc, ReportingUnits units, Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		List<String[]> filers = new ArrayList<>(); // [unit, parkCode]
		units.countiesOf(caller).forEach(u -> filers.add(new String[] { u, null }));
		units.cityLevelParksOf(caller).forEach(p -> filers.add(new String[] { null, p }));
		if (filers.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		int[] d = jdbc.sql("select due_month, due_day, reminder_month, reminder_day from report_deadline where kind = 'ANNUAL'")
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) }).single();
		LocalDate due = LocalDate.of(today.getYear(), d[0], d[1]);
		LocalDate reminder = LocalDate.of(today.getYear(), d[2], d[3]);
		List<InboxItem> items = new ArrayList<>();
		for (String[] f : filers) {
			String who = f[0] != null ? f[0] : f[1];
			var state = jdbc.sql("""
					select id, status from report where coalesce(unit, '@' || park_code) = ? and year = ?""")
				.params(f[0] != null ? f[0] : "@" + f[1], today.getYear())
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).optional();
			if (state.isPresent() && "RETURNED".equals(state.get()[1])) {
				items.add(new InboxItem("report", messages.get("report.inbox.returned", who, today.getYear()), null,
						"/reports/" + state.get()[0], due));
			}
			else if (!today.isBefore(reminder) && (state.isEmpty() || "DRAFT".equals(state.get()[1]))) {
				items.add(new InboxItem("report", messages.get("report.inbox.due", who, today.getYear(), due), null,
						state.map(s -> "/reports/" + s[0]).orElse("/reports"), due));
			}
		}
		return items;
	}
}
