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

	DashboardController(Dashboards dashboards, Clock clock) {
		this.dashboards = dashboards;
		this.clock = clock;
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
		return "index";
	}
}
