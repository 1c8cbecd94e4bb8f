package org.parkloop.platform.web;

import org.parkloop.platform.Versions;
import org.parkloop.shared.Versioned;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every API answer that carries a changeable record carries its version as the {@code ETag}; every problem detail
 * names the request it answers ({@code requestId}, as in the log and {@code X-Request-Id}).
 */
@RestControllerAdvice
class ResponseTags implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof Versioned v) {
			response.getHeaders().setETag(Versions.etag(v.version()));
		}
		if (body instanceof ProblemDetail p && RequestIds.current() != null) {
			p.setProperty("requestId", RequestIds.current());
		}
		return body;
	}
}
