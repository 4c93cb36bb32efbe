package org.driftgraph.common;

import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the HTTP API as an RFC 9457 problem detail: Spring MVC's own (malformed
 * JSON, missing or mistyped parameters) through {@link ResponseEntityExceptionHandler},
 * DriftGraph's with the parameter they concern. Parameters that break their constraints
 * end as {@link InvalidRequestException}s, so there is one mapping.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Unknown key", ex.getMessage(), "unknown-key");
		problem.setProperty("parameter", ex.parameter());
		problem.setProperty("suggestions", ex.suggestions());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidRequestException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter", ex.getMessage(),
				"invalid-parameter");
		problem.setProperty("parameter", ex.parameter());
		return problem;
	}

	/**
	 * A handler's parameter that broke its Bean Validation constraint ({@link Text},
	 * {@code @Range}).
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(Parameters.invalid(ex)));
	}

	/**
	 * A multipart body that cannot be parsed is the client's mistake (a too large one
	 * stays 413, as Spring answers).
	 */
	@ExceptionHandler
	ProblemDetail unreadableMultipart(MultipartException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Unreadable multipart body", ex.getMessage(),
				"unreadable-multipart");
	}

	/**
	 * Spring Security's firewall checks parameter names when they are read, which a
	 * handler that reads them all (the actuator's) does: a name it does not allow is the
	 * request's fault.
	 */
	@ExceptionHandler
	ProblemDetail rejected(RequestRejectedException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Rejected request", ex.getMessage(), "rejected-request");
	}

	/**
	 * Neo4j refused for the moment (its memory pool for transactions is full while heavy
	 * queries run, a cluster is electing a leader): not a fault of the request, nor a
	 * bug, so 503 and when to try again.
	 */
	@ExceptionHandler({ TransientException.class, TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> busy(RuntimeException ex) {
		log.warn("Database busy: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Database busy",
					"The database cannot take this request at the moment; try again in a second.", "database-busy"));
	}

	@ExceptionHandler
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("Request failed", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request failed on the server; the log has the details.", "internal-error");
	}

}
