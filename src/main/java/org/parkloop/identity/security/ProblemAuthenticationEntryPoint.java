package org.parkloop.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parkloop.platform.Messages;
import org.parkloop.platform.DatabaseUnavailable;
import org.parkloop.platform.web.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as problem details, so that scripts get the same error shape everywhere. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Messages messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ProblemAuthenticationEntryPoint(Messages messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (DatabaseUnavailable.causes(e)) { // the account could not be looked up: not the caller's fault
			response.setHeader("Retry-After", "10");
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.detail.503");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"ParkLoop\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	/** 403 for a user who must first change the password an administrator reset. */
	void mustChangePassword(HttpServletRequest request, HttpServletResponse response) {
		try {
			write(request, response, HttpStatus.FORBIDDEN, "password.mustChange");
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		var locale = locales.resolveLocale(request);
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.get(locale, key));
		p.setTitle(messages.get(locale, "problem." + status.value()));
		if (RequestIds.current() != null) {
			p.setProperty("requestId", RequestIds.current());
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), p);
	}
}
