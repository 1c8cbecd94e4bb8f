package org.parkloop.platform.web;

import java.util.List;
import java.util.Map;

import org.parkloop.platform.DatabaseUnavailable;
import org.parkloop.platform.ImportRejected;
import org.parkloop.platform.Messages;
import org.parkloop.shared.Forbidden;
import org.parkloop.shared.InvalidInput;
import org.parkloop.shared.NotFound;
import org.parkloop.shared.ExpectedVersion;
import org.parkloop.shared.Refused;
import org.parkloop.shared.StaleVersion;
import org.parkloop.shared.VersionRequired;
import org.parkloop.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API errors as RFC 9457 problem details, in the caller's language (docs/conventions.md). Field problems are listed
 * under {@code errors} as {@code {field, message}}; import problems as {@code {row, column, message}}; a refusal by
 * a rule of the current state (409) carries {@code rule} and {@code reasons: [{rule, ref, detail}]}. Anything
 * unexpected is a 500 problem detail too, without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Messages messages;

	ApiProblems(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, messages.of(e), e.field());
	}

	@ExceptionHandler(Forbidden.class)
	ProblemDetail forbidden(Forbidden e) {
		return problem(HttpStatus.FORBIDDEN, messages.of(e), null);
	}

	@ExceptionHandler(org.parkloop.shared.TooManyRequests.class)
	ResponseEntity<ProblemDetail> tooMany(org.parkloop.shared.TooManyRequests e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, messages.of(e), null));
	}

	@ExceptionHandler(Refused.class)
	ProblemDetail refused(Refused e) {
		ProblemDetail p = problem(HttpStatus.CONFLICT,
				String.join("；", e.reasons().stream().map(r -> messages.get(r.messageKey(), r.args())).toList()),
				e.field());
		p.setProperty("rule", e.rule());
		p.setProperty("reasons", e.reasons().stream().map(r -> {
			Map<String, Object> m = new java.util.LinkedHashMap<>();
			m.put("rule", r.rule());
			if (r.kind() != null) {
				m.put("kind", r.kind());
			}
			m.put("ref", r.ref());
			m.put("detail", messages.get(r.messageKey(), r.args()));
			return m;
		}).toList());
		return p;
	}

	/** Someone else changed the record meanwhile: 412 for a stale If-Match, 409 for a stale version in the body. */
	@ExceptionHandler(StaleVersion.class)
	ProblemDetail stale(StaleVersion e) {
		HttpStatus status = e.expected().source() == ExpectedVersion.Source.IF_MATCH ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		ProblemDetail p = problem(status, messages.of(e), "version");
		p.setTitle(messages.get("problem.staleTitle"));
		p.setProperty("rule", "version.stale");
		p.setProperty("currentVersion", e.currentVersion());
		return p;
	}

	@ExceptionHandler(VersionRequired.class)
	ProblemDetail versionRequired(VersionRequired e) {
		ProblemDetail p = problem(HttpStatus.PRECONDITION_REQUIRED, messages.of(e), "version");
		p.setTitle(messages.get("problem.versionRequiredTitle"));
		return p;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail rejected(RuleViolation e) {
		return problem(HttpStatus.BAD_REQUEST, messages.of(e), e.field());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				e.problems().stream().map(messages::of).collect(java.util.stream.Collectors.joining("；")));
		p.setTitle(messages.get("problem.invalidTitle"));
		p.setProperty("errors", e.problems().stream()
			.map(f -> Map.of("field", f.field(), "message", messages.of(f)))
			.toList());
		return p;
	}

	@ExceptionHandler(ImportRejected.class)
	ProblemDetail importRejected(ImportRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("import.rejected", e.errors().size()));
		p.setTitle(messages.get("problem.importRejected"));
		p.setProperty("errors", e.errors().stream()
			.map(r -> Map.of("row", r.row(), "column", r.column(), "message", messages.of(r)))
			.toList());
		return p;
	}

	@ExceptionHandler({ DuplicateKeyException.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException e) {
		return problem(HttpStatus.CONFLICT, messages.get("problem.conflict"), null);
	}

	/**
	 * Never Spring's default error JSON, never a stack trace: the cause goes to the log. A database that cannot be
	 * reached is a 503 with a retry hint, not a 500.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (DatabaseUnavailable.causes(e)) {
			log.warn("Database unavailable: {}", e.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, messages.statusDetail(503), null));
		}
		log.error("Unexpected error answering an API request", e);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("problem.unexpected"), null));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("problem.invalid"));
		p.setTitle(messages.get("problem.invalidTitle"));
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", messages.of(f)))
			.toList();
		p.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(p);
	}

	/** A body that is not the JSON expected: say where, in the caller's language, naming the field. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String where = "";
		if (ex.getCause() instanceof tools.jackson.core.JacksonException d && !d.getPath().isEmpty()) {
			StringBuilder b = new StringBuilder();
			for (var r : d.getPath()) {
				if (r.getPropertyName() != null) {
					b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
				}
				else {
					b.append('[').append(r.getIndex()).append(']');
				}
			}
			where = b.toString();
		}
		String detail = messages.get(where.isEmpty() ? "problem.unreadable" : "problem.unreadableAt", where);
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		p.setTitle(messages.get("problem.invalidTitle"));
		if (!where.isEmpty()) {
			p.setProperty("errors", List.of(Map.of("field", where, "message", detail)));
		}
		return ResponseEntity.badRequest().body(p);
	}

	/** Spring's own errors (405, 415, a missing parameter …) with a title and detail in the caller's language. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail p) {
			p.setTitle(messages.statusTitle(statusCode.value()));
			p.setDetail(messages.statusDetail(statusCode.value()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String detail, String field) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(messages.statusTitle(status.value()));
		if (field != null) {
			p.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		}
		return p;
	}
}
