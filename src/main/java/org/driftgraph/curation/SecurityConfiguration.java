package org.driftgraph.curation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.driftgraph.common.Problems;
import org.driftgraph.config.DriftGraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Reads stay open to everyone; {@code POST /api/import} needs the curator (HTTP Basic).
 * Without a configured password there is no curator, and imports over HTTP are refused.
 * The API is stateless: no sessions, no cookies, hence no CSRF tokens; instead
 * {@link ForeignOriginFilter} refuses changes sent by web pages of other origins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String CURATOR = "CURATOR";

	@Bean
	SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
		// No CSRF tokens (stateless, no cookies); a browser's cached Basic credentials
		// are guarded by the origin check.
		http.csrf(csrf -> csrf.disable())
			.addFilterBefore(
					new ForeignOriginFilter((response, detail) -> problem(json, response, 403,
							"Cross-site request refused", detail, "cross-site-request")),
					BasicAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/import")
				.hasRole(CURATOR)
				// TRAPI clients (Translator reasoners) POST queries without credentials
				.requestMatchers("/trapi/**")
				.permitAll()
				.anyRequest()
				.permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> problem(json, response, 401, "Authentication required",
							"Imports need the curator's credentials (HTTP Basic).", "unauthenticated")))
			.exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> problem(json, response, 403,
					"Forbidden", "Only the curator may import.", "forbidden")));
		return http.build();
	}

	/**
	 * No observations of Spring Security's own: with an observation registry (the
	 * actuator's), it wraps every filter of the chain and every authorization decision in
	 * one, on every request, and a profile of look-ups under load found a tenth of the
	 * request thread's time there, for metrics no endpoint exposes. The request as a
	 * whole is still observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService curators(DriftGraphProperties properties, PasswordEncoder encoder) {
		DriftGraphProperties.Curator curator = properties.curator();
		if (curator.password() == null || curator.password().isBlank()) {
			log.warn(
					"Imports over HTTP are disabled: no curator password is set. Set DRIFTGRAPH_CURATOR_PASSWORD "
							+ "(or driftgraph.curator.password) to enable POST /api/import as user '{}'.",
					curator.username());
			return new InMemoryUserDetailsManager();
		}
		return new InMemoryUserDetailsManager(User.withUsername(curator.username())
			.password(encoder.encode(curator.password()))
			.roles(CURATOR)
			.build());
	}

	/** The same RFC 9457 body as every other error. */
	private static void problem(JsonMapper json, HttpServletResponse response, int status, String title, String detail,
			String type) throws IOException {
		HttpStatus httpStatus = HttpStatus.valueOf(status);
		if (httpStatus == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"DriftGraph\"");
		}
		Problems.write(json, response, Problems.of(httpStatus, title, detail, type));
	}

}
