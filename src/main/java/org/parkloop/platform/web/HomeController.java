package org.parkloop.platform.web;

import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.Inbox;
import org.parkloop.shared.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each user's desk: what waits for them (the inbox every module feeds) and where their work is. */
@Controller
class HomeController {

	private final Inbox inbox;
	private final CurrentCaller callers;

	HomeController(Inbox inbox, CurrentCaller callers) {
		this.inbox = inbox;
		this.callers = callers;
	}

	@GetMapping("/home")
	String home(Model model) {
		Caller caller = callers.get();
		model.addAttribute("items", inbox.itemsFor(caller));
		return "home";
	}

	/** How to use the platform, for everyone (users, not developers). */
	@GetMapping("/help")
	String help() {
		return "help";
	}
}
