package org.parkloop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.parkloop.platform.CurrentCaller;
import org.parkloop.platform.DemoMode;
import org.parkloop.shared.Caller;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: who is signed in, whether this is a demo, and the link to the other language. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final DemoMode demo;
	private final CurrentCaller callers;

	private final org.parkloop.platform.Inbox inbox;

	LayoutAdvice(DemoMode demo, CurrentCaller callers, org.parkloop.platform.Inbox inbox) {
		this.inbox = inbox;
		this.demo = demo;
		this.callers = callers;
	}

	/** The caller, for showing only the links a user may follow. */
	@ModelAttribute("caller")
	Caller caller() {
		return callers.get();
	}

	@ModelAttribute("currentUser")
	String currentUser() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated() ? null : a.getName();
	}

	/** How many things wait for the signed-in user (the header's count), or 0. */
	@ModelAttribute("inboxCount")
	int inboxCount() {
		Caller c = callers.get();
		return c.isPublic() ? 0 : inbox.itemsFor(c).size();
	}

	/** An empty form unless a refused one was carried over from the post before (see FormView#flash). */
	@ModelAttribute("form")
	org.parkloop.platform.FormView form() {
		return org.parkloop.platform.FormView.empty();
	}

	@ModelAttribute("demo")
	boolean demo() {
		return demo.isOn();
	}

	@ModelAttribute("langUrl")
	LangUrls langUrl(HttpServletRequest request) {
		String query = request.getQueryString();
		UriComponentsBuilder b = UriComponentsBuilder
			.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
		return new LangUrls(b.replaceQueryParam("lang", "zh_CN").build().toUriString(),
				b.replaceQueryParam("lang", "en").build().toUriString());
	}

	record LangUrls(String zh, String en) {
	}

	/**
	 * The same for a page rendered by an exception handler, for which Spring runs no {@code @ModelAttribute} method:
	 * the error page keeps the signed-in header.
	 */
	void addTo(org.springframework.ui.Model model, HttpServletRequest request) {
		model.addAttribute("caller", caller());
		model.addAttribute("currentUser", currentUser());
		model.addAttribute("inboxCount", inboxCount());
		model.addAttribute("form", form());
		model.addAttribute("demo", demo());
		model.addAttribute("langUrl", langUrl(request));
	}
}
