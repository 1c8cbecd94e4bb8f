package org.parkloop.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parkloop.platform.PublicPage;
import org.parkloop.platform.ViewCache;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.http.server.PathContainer;

import static java.net.URLEncoder.encode;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Serves the modules' {@link PublicPage}s to anonymous readers from their last rendering while the data they show is
 * unchanged (checked on every request, see {@link ViewCache}). It runs after security, which has decided who the
 * reader is and adds its headers to every answer. A signed-in reader, a reader with a session (which may carry a
 * flash message), a response that sets a cookie, and anything but a 200 HTML page always go the usual way. The
 * answer says {@code X-Cache: HIT} or {@code MISS}.
 */
class PublicPageCache extends OncePerRequestFilter {

	private record Rendered(String contentType, Locale locale, byte[] body) {
	}

	private record Page(PathPattern pattern, ViewCache<String, Rendered> renderings) {
	}

	private final List<Page> pages = new ArrayList<>();
	private final Clock clock;

	PublicPageCache(List<PublicPage> pages, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		for (PublicPage p : pages) {
			this.pages.add(new Page(PathPatternParser.defaultInstance.parse(p.pathPattern()),
					new ViewCache<>(jdbc, 256, p.topics())));
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Page page = anonymousGet(request) ? pageOf(request) : null;
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		// the same address in the same language on the same day (a page's default date is today)
		StringBuilder key = new StringBuilder(request.getRequestURI()).append('|').append(LocalDate.now(clock))
			.append('|').append(cookie(request, "parkloop-lang"));
		new java.util.TreeMap<>(request.getParameterMap())
			.forEach((name, values) -> {
				for (String v : values) {
					key.append('|').append(encode(name, UTF_8)).append('=').append(encode(v, UTF_8));
				}
			});
		boolean[] live = { false };
		Rendered rendered;
		try {
			rendered = page.renderings().get(key.toString(), () -> {
				live[0] = true;
				return render(request, response, chain);
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		catch (RenderingFailed e) {
			throw e.cause;
		}
		if (!live[0]) {
			response.setHeader("X-Cache", "HIT");
			response.setLocale(rendered.locale());
			response.setContentType(rendered.contentType());
			response.setContentLength(rendered.body().length);
			response.getOutputStream().write(rendered.body());
		}
	}

	/** Lets the page be rendered for this reader, and keeps the rendering if every reader would get the same. */
	private static Rendered render(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		capture.setHeader("X-Cache", "MISS");
		try {
			chain.doFilter(request, capture);
			boolean same = capture.getStatus() == 200 && capture.getContentType() != null
					&& capture.getContentType().startsWith("text/html") && capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
					&& request.getSession(false) == null;
			Rendered rendered = same ? new Rendered(capture.getContentType(), capture.getLocale(),
					capture.getContentAsByteArray()) : null;
			capture.copyBodyToResponse();
			return rendered;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ServletException e) {
			throw new RenderingFailed(e);
		}
	}

	private Page pageOf(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (Page p : pages) {
			if (p.pattern().matches(path)) {
				return p;
			}
		}
		return null;
	}

	/** A plain GET by nobody signed in, without a session (which may hold a flash message or a form). */
	private static boolean anonymousGet(HttpServletRequest request) {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return "GET".equals(request.getMethod()) && (a == null || a instanceof AnonymousAuthenticationToken)
				&& request.getSession(false) == null;
	}

	private static String cookie(HttpServletRequest request, String name) {
		if (request.getCookies() != null) {
			for (Cookie c : request.getCookies()) {
				if (c.getName().equals(name)) {
					return c.getValue();
				}
			}
		}
		return null;
	}

	private static final class RenderingFailed extends RuntimeException {

		private final ServletException cause;

		RenderingFailed(ServletException cause) {
			super(cause);
			this.cause = cause;
		}
	}
}
