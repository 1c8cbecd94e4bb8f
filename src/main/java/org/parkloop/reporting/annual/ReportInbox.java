package org.parkloop.reporting.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.parkloop.platform.InboxItem;
import org.parkloop.platform.InboxSource;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Caller;
import org.parkloop.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R16's reminders: from the reminder day (1 November, data) a county unit's user, or a city-level park's, finds this
 * year's report to file until it is submitted; a returned report waits for its filer at any time; after the deadline's
 * day CITY finds every unit whose report was never submitted, until it is (the city's overdue list).
 */
@Component
class ReportInbox implements InboxSource {

	private final JdbcClient jdbc;
	private final ReportingUnits units;
	private final Messages messages;
	private final Clock clock;
	private final org.parkloop.registry.RegistryNames names;

	ReportInbox(JdbcClient jdbc, ReportingUnits units, Messages messages, Clock clock,
			org.parkloop.registry.RegistryNames names) {
		this.names = names;
		this.jdbc = jdbc;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<InboxItem> itemsFor(Caller caller) {
		LocalDate today = LocalDate.now(clock);
		int[] d = jdbc.sql("select due_month, due_day, reminder_month, reminder_day from report_deadline where kind = 'ANNUAL'")
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) }).single();
		List<InboxItem> items = new ArrayList<>();
		if (caller.has(Role.CITY)) {
			items.addAll(overdue(today, d));
		}
		List<String[]> filers = new ArrayList<>(); // [unit, parkCode]
		units.countiesOf(caller).forEach(u -> filers.add(new String[] { u, null }));
		units.cityLevelParksOf(caller).forEach(p -> filers.add(new String[] { null, p }));
		LocalDate due = LocalDate.of(today.getYear(), d[0], d[1]);
		LocalDate reminder = LocalDate.of(today.getYear(), d[2], d[3]);
		for (String[] f : filers) {
			String who = f[0] != null ? f[0] : names.park(f[1]);
			var state = state(f[0] != null ? f[0] : "@" + f[1], today.getYear());
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

	/**
	 * CITY's list of the reporting units whose report of the last year whose deadline has passed has not been
	 * submitted at all (one query; a unit leaves the list when it submits, however late).
	 */
	private List<InboxItem> overdue(LocalDate today, int[] d) {
		int year = today.isAfter(LocalDate.of(today.getYear(), d[0], d[1])) ? today.getYear() : today.getYear() - 1;
		LocalDate due = LocalDate.of(year, d[0], d[1]);
		java.util.Map<String, Object[]> reports = new java.util.HashMap<>();
		jdbc.sql("select coalesce(unit, '@' || park_code), id, first_submitted_on from report where year = ?").param(year)
			.query((rs, n) -> reports.put(rs.getString(1), new Object[] { rs.getLong(2), rs.getDate(3) })).list();
		List<InboxItem> items = new ArrayList<>();
		List<String> keys = new ArrayList<>(units.counties());
		units.cityLevelParks().forEach(p -> keys.add("@" + p));
		for (String key : keys) {
			Object[] report = reports.get(key);
			if (report == null || report[1] == null) {
				String who = key.startsWith("@") ? names.park(key.substring(1)) : key;
				items.add(new InboxItem("report.overdue", messages.get("report.inbox.overdue", who, year, due), null,
						report == null ? "/reports?year=" + year : "/reports/" + report[0], due));
			}
		}
		return items;
	}

	/** The unit's report of the year: id, status (or empty). */
	private java.util.Optional<Object[]> state(String key, int year) {
		return jdbc.sql("select id, status from report where coalesce(unit, '@' || park_code) = ? and year = ?")
			.params(key, year).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).optional();
	}
}
