package org.driftgraph.trapi;

import org.springframework.http.HttpStatus;

/**
 * A query DriftGraph refuses, answered with this HTTP status and a TRAPI {@code Response}
 * whose {@code status} is the code and whose log says why. Nothing is read from or
 * written to the graph after it is thrown.
 */
final class TrapiException extends RuntimeException {

	private final HttpStatus httpStatus;

	private final String code;

	TrapiException(HttpStatus httpStatus, String code, String message) {
		super(message);
		this.httpStatus = httpStatus;
		this.code = code;
	}

	static TrapiException badRequest(String code, String message) {
		return new TrapiException(HttpStatus.BAD_REQUEST, code, message);
	}

	HttpStatus httpStatus() {
		return httpStatus;
	}

	String code() {
		return code;
	}

}
