package org.driftgraph.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Spring Boot's: errors raised outside
 * Spring MVC (a servlet filter, Tomcat refusing a method such as TRACE) are problem
 * details like all others. Asked for directly, {@code /error} is a page that does not
 * exist.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null) {
			status = HttpStatus.NOT_FOUND;
		}
		String detail = status.is5xxServerError() ? "The request failed on the server; the log has the details."
				: "The request was refused: " + status.getReasonPhrase() + ".";
		return ResponseEntity.status(status)
			.body(Problems.of(status, status.getReasonPhrase(), detail, WebErrorConfiguration.type(status)));
	}

}
