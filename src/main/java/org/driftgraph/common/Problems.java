package org.driftgraph.common;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds DriftGraph's RFC 9457 problem details, so every type URI has the same form. */
public final class Problems {

	/** The media type of a problem detail (RFC 9457). */
	public static final String MEDIA_TYPE = "application/problem+json";

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
		problem.setType(type(type));
		return problem;
	}

	/**
	 * @return the type URI of the problem of this name:
	 * {@code urn:driftgraph:problem:<name>}
	 */
	public static URI type(String name) {
		return URI.create("urn:driftgraph:problem:" + name);
	}

	/**
	 * Writes a problem detail as the whole response, for code that runs outside Spring
	 * MVC (servlet filters, the security chain), where no advice renders it.
	 */
	public static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MEDIA_TYPE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
