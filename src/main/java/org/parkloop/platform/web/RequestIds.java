package org.parkloop.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a plain token (a proxy's), else a new one.
 * It is answered in the {@code X-Request-Id} header, written in every log line of the request ({@code requestId} in
 * the log's MDC) and put in every problem detail, so a user's error report leads to the log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

	/** The id of the request this thread answers, or null outside a request. */
	public static String current() {
		return MDC.get(KEY);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getAttribute(KEY) instanceof String earlier ? earlier : fromCaller(request.getHeader(HEADER));
		request.setAttribute(KEY, id);
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

	private static String fromCaller(String given) {
		return given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}

	/** The error page of a failed request is answered under the request's own id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}
}
