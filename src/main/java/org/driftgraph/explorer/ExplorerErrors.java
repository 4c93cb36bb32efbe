package org.driftgraph.explorer;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.common.Parameters;
import org.driftgraph.lookup.EntityLookup;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Explorer's pages answer errors as pages, never a stack trace: an unknown key is a
 * 404 with "did you mean" links (to the same page with the suggestion in place of the
 * unknown key), a wrong kind or a missing parameter a 400 that says what is expected. The
 * JSON API keeps its problem details.
 */
@ControllerAdvice(assignableTypes = { ExplorerPages.class, EntityPage.class, ExplainPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExplorerErrors {

	private static final Logger log = LoggerFactory.getLogger(ExplorerErrors.class);

	private final EntityLookup lookup;

	ExplorerErrors(EntityLookup lookup) {
		this.lookup = lookup;
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		List<DidYouMean> suggestions = ex.suggestions()
			.stream()
			.map(key -> lookup.byKey(key).map(e -> NodeView.of(e.node())))
			.flatMap(Optional::stream)
			.map(node -> new DidYouMean(node, link(request, ex.parameter(), node.key())))
			.toList();
		return page(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), suggestions);
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidRequestException ex) {
		return page(HttpStatus.BAD_REQUEST, "Not the right kind of input", ex.getMessage(), List.of());
	}

	@ExceptionHandler
	ModelAndView invalid(HandlerMethodValidationException ex) {
		return invalid(Parameters.invalid(ex));
	}

	@ExceptionHandler
	ModelAndView missing(MissingServletRequestParameterException ex) {
		return page(HttpStatus.BAD_REQUEST, "Missing input", "Parameter '" + ex.getParameterName() + "' is required.",
				List.of());
	}

	@ExceptionHandler({ TransientException.class, TransientDataAccessException.class })
	ModelAndView busy(RuntimeException ex, HttpServletResponse response) {
		log.warn("Database busy: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		return page(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
				"The database cannot build this page at the moment; reload it in a second.", List.of());
	}

	@ExceptionHandler
	ModelAndView unexpected(Exception ex) {
		log.error("Explorer page failed", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"The page could not be built; the server's log has the details.", List.of());
	}

	private static String link(HttpServletRequest request, String parameter, String key) {
		if (request.getParameter(parameter) != null) {
			UriComponentsBuilder page = UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString());
			MultiValueMap<String, String> query = new LinkedMultiValueMap<>(page.build().getQueryParams());
			query.set(parameter, key); // in place, so that the link keeps the order of
										// the parameters
			return page.replaceQueryParams(query).build().toUriString();
		}
		return Links.entity(key);
	}

	private static ModelAndView page(HttpStatus status, String title, String message, List<DidYouMean> suggestions) {
		ModelAndView page = new ModelAndView("explorer/error", status);
		page.addObject("title", title);
		page.addObject("message", message);
		page.addObject("suggestions", suggestions);
		return page;
	}

}
