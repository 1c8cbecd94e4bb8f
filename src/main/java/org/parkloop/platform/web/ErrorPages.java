package org.parkloop.platform.web;

import org.parkloop.platform.DatabaseUnavailable;
import org.springframework.http.HttpHeaders;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parkloop.platform.Messages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows for an error no controller answered (an unknown address, a refusal by the
 * security filters, an unexpected failure): a problem detail for the API, the error page with the signed-in header
 * for a page. Never Spring's default error JSON, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Messages messages;

	ErrorPages(Messages messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
		if (status < 400) {
			status = 500;
		}
		if (status == 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
				&& DatabaseUnavailable.causes(t)) {
			status = 503;
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
		}
		if (forApi(request)) {
			ProblemDetail p = ProblemDetail.forStatus(status);
			p.setTitle(messages.statusTitle(status));
			p.setDetail(messages.statusDetail(status));
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (uri != null) {
				p.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
		}
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("statusTitle", messages.statusTitle(status));
		Object own = request.getAttribute("parkloop.error.message");
		model.addAttribute("detail", own != null ? messages.get(own.toString()) : messages.statusDetail(status));
		return "error";
	}

	static boolean forApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri != null ? uri.toString() : request.getRequestURI();
		String accept = request.getHeader("Accept");
		return path.startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}
}
