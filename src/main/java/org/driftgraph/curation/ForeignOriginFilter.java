package org.driftgraph.curation;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that could change something when a web page of another origin sent
 * it. A browser attaches cached HTTP Basic credentials to a cross-site form post, so
 * without this check any page the curator visits could import through {@code /api/import}
 * in the curator's name. Browsers mark such requests with {@code Sec-Fetch-Site} and
 * {@code Origin}; clients that are not browsers (curl, scripts, drivers) send neither and
 * pass. TRAPI is exempt: it only reads, and Translator's web tools call it from their own
 * origins.
 */
final class ForeignOriginFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/**
	 * {@code none}: the user typed the address or used a bookmark; {@code same-origin}: a
	 * page of this service.
	 */
	private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

	/**
	 * Writes the refusal; the security configuration renders it as the same problem
	 * detail as its other errors.
	 */
	interface Refusal {

		void refuse(HttpServletResponse response, String detail) throws IOException;

	}

	private final Refusal refusal;

	ForeignOriginFilter(Refusal refusal) {
		this.refusal = refusal;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SAFE_METHODS.contains(request.getMethod()) || request.getRequestURI().startsWith("/trapi/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String foreign = foreignSender(request);
		if (foreign != null) {
			refusal.refuse(response, request.getMethod() + " " + request.getRequestURI() + " came from " + foreign
					+ ", not from this service's own pages; a web page of another origin may not change the graph.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * @return who sent the request when it was a foreign web page, else null
	 */
	static String foreignSender(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite)) {
			String origin = request.getHeader("Origin");
			return "a " + fetchSite + " page" + (origin == null ? "" : " (" + origin + ")");
		}
		String origin = request.getHeader("Origin");
		if (origin != null && !isOwnOrigin(origin, request)) {
			return "the page at " + origin;
		}
		return null;
	}

	private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
		try {
			URI uri = URI.create(origin);
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
			return request.getScheme().equals(uri.getScheme())
					&& request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
		}
		catch (IllegalArgumentException ex) {
			return false; // "null" (a sandboxed or file: page) and anything unparsable
							// are foreign
		}
	}

}
