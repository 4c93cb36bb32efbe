package org.driftgraph.common;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds DriftGraph's RFC 9457 problem details, so every type URI has the same form. */
public final class Problems {

	private Problems() {
	}

	/**
	 * @param status the HTTP status
	 * @param title a short, fixed summary
	 * @param detail what went wrong in this request
	 * @param type the problem's name, as in {@code urn:driftgraph:problem:<type>}
	 */
	public static ProblemDetail of(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("urn:driftgraph:problem:" + type));
		return problem;
	}

}
