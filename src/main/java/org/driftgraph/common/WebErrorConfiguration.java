package org.driftgraph.common;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.catalina.core.StandardHost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Problem details for the errors that happen before Spring MVC chooses a controller: in
 * Tomcat (see {@link ProblemErrorReportValve}), while reading parameters
 * ({@link UnreadableRequestFilter}), and in the CORS check;
 * {@link ProblemErrorController} answers what is left for the container's error page.
 */
@Configuration(proxyBeanMethods = false)
class WebErrorConfiguration {

	/**
	 * @return the problem type for a status without a more specific one, such as
	 * {@code method-not-allowed}
	 */
	static String type(HttpStatus status) {
		return status == null ? "http-error" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
	}

	/**
	 * Before every other filter but the character encoding, so that parameters are
	 * decoded as UTF-8
	 */
	@Bean
	FilterRegistrationBean<UnreadableRequestFilter> unreadableRequestFilter(JsonMapper json) {
		FilterRegistrationBean<UnreadableRequestFilter> registration = new FilterRegistrationBean<>(
				new UnreadableRequestFilter(json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * A CORS request that the rules refuse (an {@code Origin} that is not a valid origin,
	 * say) is answered 403 with a problem detail instead of Spring's plain text "Invalid
	 * CORS request".
	 */
	@Bean
	SmartInitializingSingleton problemForRefusedCors(List<AbstractHandlerMapping> mappings, JsonMapper json) {
		CorsProcessor processor = new DefaultCorsProcessor() {
			@Override
			protected void rejectRequest(ServerHttpResponse response) throws IOException {
				response.setStatusCode(HttpStatus.FORBIDDEN);
				response.getHeaders().setContentType(MediaType.parseMediaType(Problems.MEDIA_TYPE));
				json.writeValue(response.getBody(), Problems.of(HttpStatus.FORBIDDEN, "Invalid CORS request",
						"The request's Origin or CORS headers are not allowed here.", "invalid-cors-request"));
				response.flush();
			}
		};
		return () -> mappings.forEach(mapping -> mapping.setCorsProcessor(processor));
	}

}
