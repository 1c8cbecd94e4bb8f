package org.parkloop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.Refused;
import org.parkloop.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page that asks for something missing or breaks a rule shows the reason on the error page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private final Messages messages;

	private final LayoutAdvice layout;

	PageErrors(Messages messages, LayoutAdvice layout) {
		this.layout = layout;
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound e, Model model, HttpServletRequest request) {
		return page(HttpStatus.NOT_FOUND, e, model, request);
	}

	@ExceptionHandler(Forbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(Forbidden e, Model model, HttpServletRequest request) {
		return page(HttpStatus.FORBIDDEN, e, model, request);
	}

	@ExceptionHandler(Refused.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(Refused e, Model model, HttpServletRequest request) {
		return page(HttpStatus.CONFLICT, e, model, request);
	}

	@ExceptionHandler(RuleViolation.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String rejected(RuleViolation e, Model model, HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, e, model, request);
	}

	/** The error page with the reason, and the signed-in header (an exception handler gets no layout otherwise). */
	private String page(HttpStatus status, RuleViolation e, Model model, HttpServletRequest request) {
		layout.addTo(model, request);
		model.addAttribute("status", status.value());
		model.addAttribute("statusTitle", messages.statusTitle(status.value()));
		model.addAttribute("detail", messages.of(e));
		return "error";
	}
}
