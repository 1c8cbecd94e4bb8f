package org.parkloop.programme.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: is the programme meeting its goals, and where does each park stand? */
@Controller
class DashboardController {

	private final Dashboards dashboards;
	private final Clock clock;
	private final org.parkloop.platform.Inbox inbox;
	private final org.parkloop.platform.CurrentCaller callers;

	DashboardController(Dashboards dashboards, Clock clock, org.parkloop.platform.Inbox inbox,
			org.parkloop.platform.CurrentCaller callers) {
		this.dashboards = dashboards;
		this.clock = clock;
		this.inbox = inbox;
		this.callers = callers;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(name = "set", required = false) Long setId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
			Locale locale) {
		var d = dashboards.of(setId, asOf != null ? asOf : LocalDate.now(clock), locale);
		model.addAttribute("sets", d.sets());
		model.addAttribute("asOf", d.asOf());
		model.addAttribute("parks", d.parks());
		model.addAttribute("parkNames", d.parkNames());
		model.addAttribute("standings", d.standings());
		if (d.set() != null) {
			model.addAttribute("set", d.set());
			model.addAttribute("evaluation", d.evaluation());
			model.addAttribute("chartData", d.chartData());
		}
		// the city sees the reporting units overdue with their annual report (R16) on its dashboard: the items of that
		// kind in its inbox, whichever module puts them there (the public never does)
		var caller = callers.get();
		if (caller.has(org.parkloop.shared.Role.CITY)) {
			model.addAttribute("overdueReports",
					inbox.itemsFor(caller).stream().filter(i -> "report.overdue".equals(i.kind())).toList());
		}
		return "index";
	}
}
