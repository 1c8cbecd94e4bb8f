package org.parkloop.identity.security;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page's form whose security token has expired (the session ended, the user signed in as someone else in another
 * tab, or went back to an old page) is not a lack of permission: the sign-in form is shown again to sign in afresh,
 * any other form says the page expired. Other refusals are the usual 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

	/** The error page shows this message key instead of its status's. */
	static final String MESSAGE = "parkloop.error.message";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (e instanceof CsrfException && path.equals("/login")) {
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		if (e instanceof CsrfException) {
			request.setAttribute(MESSAGE, "problem.expiredForm");
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 403);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}
}
