package org.parkloop.platform.web;

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
	String notFound(NotFound e, Model model, jakarta.servlet.http.HttpServletRequest request) {
		layout.addTo(model, request);
		model.addAttribute("status", 404);
		model.addAttribute("detail", messages.of(e));
		return "error";
	}

	@ExceptionHandler(Forbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(Forbidden e, Model model, jakarta.servlet.http.HttpServletRequest request) {
		layout.addTo(model, request);
		model.addAttribute("status", 403);
		model.addAttribute("detail", messages.of(e));
		return "error";
	}

	@ExceptionHandler(Refused.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(Refused e, Model model, jakarta.servlet.http.HttpServletRequest request) {
		layout.addTo(model, request);
		model.addAttribute("status", 409);
		model.addAttribute("detail", messages.of(e));
		return "error";
	}

	@ExceptionHandler(RuleViolation.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String rejected(RuleViolation e, Model model, jakarta.servlet.http.HttpServletRequest request) {
		layout.addTo(model, request);
		model.addAttribute("status", 400);
		model.addAttribute("detail", messages.of(e));
		return "error";
	}
}
