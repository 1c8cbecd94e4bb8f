package org.parkloop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parkloop.platform.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit fails before any controller is chosen (and would fail again while the error page is
 * rendered, the body being the same): answered here, a 413 problem detail for the API, the error page for a page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private final Messages messages;

	UploadTooLarge(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		int status = HttpStatus.CONTENT_TOO_LARGE.value();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, messages.statusDetail(status));
			p.setTitle(messages.statusTitle(status));
			if (RequestIds.current() != null) {
				p.setProperty("requestId", RequestIds.current());
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
		}
		response.setStatus(status);
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status);
		page.addObject("statusTitle", messages.statusTitle(status));
		page.addObject("detail", messages.statusDetail(status));
		return page;
	}
}
