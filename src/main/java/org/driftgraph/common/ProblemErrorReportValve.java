package org.driftgraph.common;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a request line, header or URL encoding it cannot parse, a
 * header too large) as RFC 9457 problem details instead of Tomcat's HTML page: these
 * requests never reach Spring, so no advice renders them. Tomcat creates the valve by its
 * class name (see {@link WebErrorConfiguration}), hence public with a constructor without
 * arguments.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type(WebErrorConfiguration.type(known)).toString());
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail",
				status == 400
						? "The request is not valid HTTP: its request line, a header or the "
								+ "encoding of its URL could not be read."
						: "The server refused the request before reading it.");
		try {
			response.setContentType(Problems.MEDIA_TYPE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(JSON.writeValueAsString(problem));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the answer already started: nothing more to say
		}
	}

}
