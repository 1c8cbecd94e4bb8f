package org.parkloop.reporting.annual;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which reporting units first submitted a year's report by its deadline (for the assessment). */
@Component
public class ReportsOnTime {

	private final JdbcClient jdbc;
	private final Reports reports;

	ReportsOnTime(JdbcClient jdbc, Reports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/** The units (a county's name, or "@" + a city-level park's code) on time with the year's report. */
	@Transactional(readOnly = true)
	public Set<String> of(int year) {
		LocalDate deadline = reports.deadline(year);
		Set<String> out = new HashSet<>();
		jdbc.sql("select coalesce(unit, '@' || park_code), first_submitted_on from report where year = ? and first_submitted_on is not null")
			.param(year)
			.query((rs, n) -> {
				if (!ReportRules.overdue(rs.getDate(2).toLocalDate(), rs.getDate(2).toLocalDate(), deadline)) {
					out.add(rs.getString(1));
				}
				return null;
			}).list();
		return out;
	}
}
