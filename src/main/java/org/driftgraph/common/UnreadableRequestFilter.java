package org.driftgraph.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request whose parameters cannot be decoded (a
 * broken percent-encoding, invalid UTF-8, a malformed multipart body): Tomcat throws on
 * first reading them, and whoever reads first (the security firewall, a controller) would
 * otherwise turn that into a 500. Also refuses (415) a request whose {@code Content-Type}
 * does not parse or is a wildcard such as {@code *}{@code /*}: it names no format to read
 * the body as.
 */
final class UnreadableRequestFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	UnreadableRequestFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentType() != null && !isConcrete(request.getContentType())) {
			Problems.write(json, response,
					Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
							"Content-Type '" + request.getContentType() + "' names no format to read the body as.",
							"unsupported-media-type"));
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			HttpStatus status = ex.getCause() instanceof SizeException ? HttpStatus.CONTENT_TOO_LARGE
					: HttpStatus.BAD_REQUEST;
			Problems.write(json, response,
					Problems.of(status, "Unreadable parameters",
							"The request's parameters or parts could not be read: " + ex.getMessage(),
							"unreadable-parameters"));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * @return whether the type parses and has no wildcard; Spring 7.0.8 throws
	 * StringIndexOutOfBoundsException instead of InvalidMediaTypeException for some
	 * unparsable types (one starting with a quote), which would be a 500 wherever it is
	 * parsed first
	 */
	private static boolean isConcrete(String contentType) {
		try {
			return !MediaType.parseMediaType(contentType).isWildcardSubtype();
		}
		catch (InvalidMediaTypeException | IndexOutOfBoundsException ex) {
			return false;
		}
	}

}
