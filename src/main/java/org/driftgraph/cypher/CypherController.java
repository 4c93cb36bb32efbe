package org.driftgraph.cypher;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.driftgraph.common.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cypher")
@Tag(name = "Cypher", description = "Read-only Cypher with parameters")
class CypherController {

	private final ReadOnlyCypher cypher;

	CypherController(ReadOnlyCypher cypher) {
		this.cypher = cypher;
	}

	/**
	 * @param query the Cypher query (read-only)
	 * @param parameters its parameters, by name
	 */
	record Request(String query, Map<String, Object> parameters) {
	}

	@PostMapping
	@Operation(summary = "Run a read-only Cypher query",
			description = "Refused unless Neo4j classifies it read-only; runs in a READ transaction with a timeout "
					+ "and a row cap")
	ReadOnlyCypher.Answer run(@RequestBody Request request) {
		return cypher.run(request.query(), request.parameters());
	}

	@ExceptionHandler
	ProblemDetail timeout(ReadOnlyCypher.TimeoutException ex) {
		return Problems.of(HttpStatus.GATEWAY_TIMEOUT, "Query timed out", ex.getMessage(), "query-timeout");
	}

	@ExceptionHandler
	ProblemDetail memoryLimit(ReadOnlyCypher.MemoryLimitException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Query needs too much memory", ex.getMessage(),
				"query-memory-limit");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(ReadOnlyCypher.BusyException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many queries at once", ex.getMessage(),
					"too-many-queries"));
	}

}
